using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.Extensions.AI;

namespace ModelCatalog;

/// <summary>
/// Turns Microsoft.Extensions.AI messages into <see cref="TemplateMessage"/>s for one template. Whatever the template
/// has no place for is an <see cref="ArgumentException"/> that names the message and the content: a prompt missing a
/// tool result or an image would mislead the model without any sign.
/// </summary>
internal static class ChatMessageConverter
{
    public static List<TemplateMessage> Convert(Template template, IEnumerable<ChatMessage> messages)
    {
        if (messages is null)
        {
            throw new ArgumentNullException(nameof(messages));
        }

        var converted = new List<TemplateMessage>();
        int index = 0;
        foreach (ChatMessage message in messages)
        {
            if (message is null)
            {
                throw Error($"Message {index} is null.");
            }

            converted.Add(new TemplateMessage(Role(template, message, index), Text(template, message, index)));
            index++;
        }

        return converted;
    }

    private static TemplateRole Role(Template template, ChatMessage message, int index)
    {
        if (message.Role == ChatRole.System)
        {
            return TemplateRole.System;
        }

        if (message.Role == ChatRole.User)
        {
            return TemplateRole.User;
        }

        if (message.Role == ChatRole.Assistant)
        {
            return TemplateRole.Assistant;
        }

        throw Error($"Message {index} has the role '{message.Role.Value}': the {template.Slug} template has formats for system, user and assistant messages only, so tool messages and other roles cannot be rendered.");
    }

    private static string Text(Template template, ChatMessage message, int index)
    {
        var text = new StringBuilder();
        for (int i = 0; i < message.Contents.Count; i++)
        {
            AIContent content = message.Contents[i];
            if (content is TextContent textContent)
            {
                text.Append(textContent.Text);
            }
            else if (MediaType(content) is string mediaType)
            {
                text.Append(MediaToken(template, mediaType, $"Message {index} ({message.Role.Value}), content {i}"));
            }
            else
            {
                throw Error($"Message {index} ({message.Role.Value}), content {i}: {Describe(content)} cannot be rendered: the {template.Slug} template takes text, and images, audio and video as its media tokens, nothing else.");
            }
        }

        return text.ToString();
    }

    private static string? MediaType(AIContent content) => content switch
    {
        DataContent data => data.MediaType,
        UriContent uri => uri.MediaType,
        _ => null,
    };

    private static string MediaToken(Template template, string mediaType, string where)
    {
        int slash = mediaType.IndexOf('/');
        string kind = (slash < 0 ? mediaType : mediaType.Substring(0, slash)).ToLowerInvariant();
        (string? token, string noun) = kind switch
        {
            "image" => (template.ImageToken, "an image"),
            "audio" => (template.AudioToken, "an audio clip"),
            "video" => (template.VideoToken, "a video"),
            _ => throw Error($"{where}: the media type '{mediaType}' is not an image, audio or video, the only media a template has tokens for."),
        };

        return string.IsNullOrEmpty(token)
            ? throw Error($"{where}: {noun} ({mediaType}), but the {template.Slug} template has no {kind} token (its modalities: {template.Modalities}).")
            : token!;
    }

    private static string Describe(AIContent content) => content switch
    {
        FunctionCallContent call => $"a tool call to '{call.Name}' ({nameof(FunctionCallContent)})",
        FunctionResultContent result => $"the result of tool call '{result.CallId}' ({nameof(FunctionResultContent)})",
        TextReasoningContent => $"reasoning text ({nameof(TextReasoningContent)})",
        _ => $"a {content.GetType().Name}",
    };

    private static ArgumentException Error(string message) => new(message, "messages");
}
