using System.Collections.Generic;
using Microsoft.Extensions.AI;

namespace ModelCatalog;

/// <summary>Renders Microsoft.Extensions.AI chat messages with a ModelCatalog <see cref="Template"/>.</summary>
public static class ChatMessageTemplateExtensions
{
    /// <summary>
    /// Renders a conversation of Microsoft.Extensions.AI messages into the prompt text the model was trained on, as
    /// <see cref="Template.Render"/> does for <see cref="TemplateMessage"/>s. System, user and assistant messages map
    /// to the template's formats. A message's text is its contents in order: text as it is; each image, audio clip or
    /// video (a <see cref="DataContent"/> or <see cref="UriContent"/>, told apart by media type) as the template's
    /// <see cref="Template.ImageToken"/>, <see cref="Template.AudioToken"/> or <see cref="Template.VideoToken"/>,
    /// the placeholder the model's processor expands into the media's embeddings.
    /// </summary>
    /// <param name="template">The template.</param>
    /// <param name="messages">The conversation: an optional first system message, then user and assistant messages alternating.</param>
    /// <param name="addGenerationPrompt">As in <see cref="Template.Render"/>.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="template"/> or <paramref name="messages"/> is null.</exception>
    /// <exception cref="System.ArgumentException">
    /// A message the template cannot express: a role other than system, user and assistant (tool messages), a tool
    /// call or result, reasoning text or any other content that is not text or media, a media kind the template has
    /// no token for; the message says which message and which content. Nothing is dropped silently. Also the cases
    /// <see cref="Template.Render"/> rejects (turns out of order, no user message, an unwanted system message).
    /// </exception>
    public static string Render(this Template template, IEnumerable<ChatMessage> messages, bool addGenerationPrompt = true) =>
        template is null
            ? throw new System.ArgumentNullException(nameof(template))
            : template.Render(ChatMessageConverter.Convert(template, messages), addGenerationPrompt);
}
