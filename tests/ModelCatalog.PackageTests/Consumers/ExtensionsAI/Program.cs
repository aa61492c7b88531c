// A consumer of the ModelCatalog.Extensions.AI package: both namespaces imported, no aliases. Prints one
// "key=<JSON string>" line per fact for ExtensionsAIConsumerTests.
using System;
using System.Collections.Generic;
using System.Text.Json;
using Microsoft.Extensions.AI;
using ModelCatalog;

List<ChatMessage> conversation = [new(ChatRole.System, "You are terse."), new(ChatRole.User, "Hi")];
Print("llama3", Templates.Llama3.Render(conversation));

ChatMessage withImage = new(ChatRole.User, [new UriContent("https://example.com/cat.png", "image/png"), new TextContent("What is this?")]);
Print("llava-image", Templates.Llava.Render([withImage]));

Print("catalog-messages", Templates.Llama3.Render([TemplateMessage.User("Hi")]));

try
{
    Templates.Llama3.Render([new ChatMessage(ChatRole.User, "Weather?"), new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("call-1", "get_weather")])]);
    Print("tool-call", "no error");
}
catch (ArgumentException error)
{
    Print("tool-call", error.Message);
}

static void Print(string key, string value) => Console.WriteLine(key + "=" + JsonSerializer.Serialize(value));
