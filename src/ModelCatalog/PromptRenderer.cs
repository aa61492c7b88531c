using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ModelCatalog;

/// <summary>
/// Turns a conversation into prompt text the way the reference (LLaMA-Factory) encodes it: the prefix once; the
/// system message (or the template's default) formatted once, either as its own turn or in front of the first user
/// message; then user and assistant messages through their formats, the separator between exchanges.
/// </summary>
internal static class PromptRenderer
{
    public static string Render(Template template, IReadOnlyList<TemplateMessage> messages, bool addGenerationPrompt)
    {
        if (messages is null)
        {
            throw new ArgumentNullException(nameof(messages));
        }

        int start = 0;
        string? system = null;
        if (messages.Count > 0 && messages[0].Role == TemplateRole.System)
        {
            system = messages[0].Content;
            start = 1;
        }

        CheckTurns(messages, start);
        if (system is { Length: > 0 } && template.SystemPlacement == SystemPlacement.None)
        {
            throw new ArgumentException($"The {template.Slug} template takes no system message.", nameof(messages));
        }

        // As in the reference, an empty system message counts as none and the default applies.
        string? systemText = string.IsNullOrEmpty(system) ? template.DefaultSystem : system;
        string formattedSystem = string.IsNullOrEmpty(systemText) || template.SystemPlacement == SystemPlacement.None
            ? string.Empty
            : Fill(template.SystemFormat, systemText!);

        var prompt = new StringBuilder(template.Prefix);
        if (template.SystemPlacement == SystemPlacement.OwnTurn)
        {
            prompt.Append(formattedSystem);
        }

        for (int i = start; i < messages.Count; i++)
        {
            TemplateMessage message = messages[i];
            bool first = i == start;
            if (message.Role == TemplateRole.User)
            {
                if (!first)
                {
                    prompt.Append(template.Separator);
                }

                string content = first && template.SystemPlacement == SystemPlacement.FirstUserMessage
                    ? formattedSystem + message.Content
                    : message.Content;
                prompt.Append(Fill(template.UserFormat, content));
            }
            else
            {
                bool leaveOpen = !addGenerationPrompt && i == messages.Count - 1;
                prompt.Append(leaveOpen ? Opening(template.AssistantFormat, message.Content) : Fill(template.AssistantFormat, message.Content));
            }
        }

        return prompt.ToString();
    }

    private static void CheckTurns(IReadOnlyList<TemplateMessage> messages, int start)
    {
        if (messages.Count == start)
        {
            throw new ArgumentException("The conversation needs at least one user message.", nameof(messages));
        }

        for (int i = start; i < messages.Count; i++)
        {
            TemplateRole expected = (i - start) % 2 == 0 ? TemplateRole.User : TemplateRole.Assistant;
            if (messages[i].Role != expected)
            {
                throw new ArgumentException(
                    string.Format(CultureInfo.InvariantCulture, "Message {0} is a {1} message where a {2} message was expected: after an optional first system message, user and assistant messages alternate, starting with the user.", i, messages[i].Role, expected),
                    nameof(messages));
            }
        }
    }

    // The format is split once at its placeholder, so text in the content that looks like a placeholder stays text.
    private static string Fill(string format, string content) => format.Replace(Template.ContentPlaceholder, content);

    /// <summary>An assistant message without the format's closing text, so that the model goes on with it.</summary>
    private static string Opening(string format, string content)
    {
        int at = format.IndexOf(Template.ContentPlaceholder, StringComparison.Ordinal);
        return at < 0 ? format : format.Substring(0, at) + content;
    }
}
