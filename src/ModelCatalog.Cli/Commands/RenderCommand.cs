using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using ModelCatalog.Cli.Export;
using ModelCatalog.Cli.Help;

namespace ModelCatalog.Cli.Commands;

/// <summary>
/// <c>render TEMPLATE|MODEL --system .. --user .. --assistant ..</c>: the prompt a conversation becomes under a chat
/// template. The messages keep the order they are given in on the command line.
/// </summary>
internal static class RenderCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var name = new Argument<string>("template-or-model") { Description = "A chat template's id, name or alias; a model's; or a checkpoint's id, name or repository id (its first template is used)." };
        var system = new Option<string?>("--system") { Description = "The system message (at most one; the template's default applies without it)." };
        var user = new Option<string[]>("--user") { Description = "A user message; repeat, in conversation order.", AllowMultipleArgumentsPerToken = false };
        var assistant = new Option<string[]>("--assistant") { Description = "An assistant message; repeat, in conversation order." };
        var open = new Option<bool>("--open") { Description = "Leave a final assistant message open, so the model continues it." };
        var json = new Option<bool>("--json") { Description = "Print the template id, the prompt and the stop words as JSON." };

        var command = new Command("render", "Render a conversation into the exact prompt text a chat template produces.")
        {
            name, system, user, assistant, open, json,
        };
        command.SetAction(parse =>
        {
            Template template = ResolveTemplate(parse.GetValue(name)!, environment);
            List<TemplateMessage> messages = MessagesInOrder(parse, system, user, assistant);
            string prompt;
            try
            {
                prompt = template.Render(messages, addGenerationPrompt: !parse.GetValue(open));
            }
            catch (ArgumentException ex)
            {
                throw CliException.Usage(ex.Message.Split(" (Parameter", 2)[0]);
            }

            if (parse.GetValue(json))
            {
                environment.Out.Write(JsonText.ToText(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("template", template.Slug);
                    w.WriteString("prompt", prompt);
                    w.WriteStartArray("stopWords");
                    foreach (string stop in template.StopWords)
                    {
                        w.WriteStringValue(stop);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }));
            }
            else
            {
                environment.Out.Write(prompt);
                environment.Out.WriteLine();
            }

            return ExitCodes.Success;
        });
        return command.With(
            "modelcatalog render llama3 --system \"You are terse.\" --user \"Hi\"",
            "modelcatalog render \"Llama 3\" --user Hi --assistant Hello! --user \"2+2?\"",
            "modelcatalog render qwen --user Hi --json",
            "modelcatalog render Qwen/Qwen2.5-7B-Instruct --user Hi");
    }

    private static Template ResolveTemplate(string wanted, CliEnvironment environment)
    {
        if (Templates.TryFind(wanted, out Template? template))
        {
            return template;
        }

        (string Kind, string Slug, IReadOnlyList<Template> Templates) found =
            Models.TryFind(wanted, out Model? model) ? ("model", model.Slug, model.Templates)
            : Checkpoints.TryFind(wanted, out Checkpoint? checkpoint) ? ("checkpoint", checkpoint.Slug, checkpoint.Templates)
            : throw CliException.Failure($"no chat template, model or checkpoint is called '{wanted}'. Run 'modelcatalog list templates' to see the templates.");
        if (found.Templates.Count == 0)
        {
            throw CliException.Failure($"the {found.Kind} {found.Slug} has no chat template in the catalog.");
        }

        if (found.Templates.Count > 1)
        {
            environment.Error.WriteLine($"note: {found.Slug} has {found.Templates.Count} templates ({string.Join(", ", found.Templates.Select(t => t.Slug))}); using {found.Templates[0].Slug}.");
        }

        return found.Templates[0];
    }

    /// <summary>The messages in the order their options appear on the command line.</summary>
    private static List<TemplateMessage> MessagesInOrder(ParseResult parse, Option system, Option user, Option assistant)
    {
        var messages = new List<TemplateMessage>();
        IReadOnlyList<Token> tokens = parse.Tokens;
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Type != TokenType.Option || tokens[i + 1].Type != TokenType.Argument)
            {
                continue;
            }

            TemplateRole? role = tokens[i].Value == system.Name ? TemplateRole.System
                : tokens[i].Value == user.Name ? TemplateRole.User
                : tokens[i].Value == assistant.Name ? TemplateRole.Assistant
                : null;
            if (role is TemplateRole r)
            {
                messages.Add(new TemplateMessage(r, tokens[i + 1].Value));
                i++;
            }
        }

        return messages;
    }
}
