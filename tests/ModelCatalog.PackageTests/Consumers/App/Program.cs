// A consumer of the ModelCatalog package: every line it prints is a fact the package tests check.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using ModelCatalog;
using ModelCatalog.Json;

// Constants and their facts.
Model llama = Models.Llama3;
Print("name", llama.Name);
Print("slug", llama.Id.ToSlug());
Print("organization", llama.Organization.Name);
Print("largest", llama.Sizes.Max());
Print("first-release", llama.FirstReleased);
Print("template", llama.Templates[0].Slug);
Print("mixtral-experts", Models.Mixtral.Sizes[0].Experts);
Print("to-string", $"{Models.Llama3} | {Organizations.Meta} | {Templates.Llama3} | {ModelId.Llama3}");

// Lookups by id, name and alias.
Print("find-alias", Models.TryFind("llama 3.1", out Model? found) ? found.Slug : "none");
Print("parse-name", ModelIds.Parse("LLAMA 3"));
Print("parse-span", OrganizationIds.Parse("Facebook".AsSpan()).ToSlug());
Print("parse-template", TemplateIds.Parse("llama3").ToSlug());
#pragma warning disable MCAT401 // a miss on purpose, which the lookup analyzer rightly reports
Print("parse-unknown", ModelIds.TryParse("gpt-99", out _));
#pragma warning restore MCAT401

// Relationships both ways, and value equality.
Print("alpaca-base", Models.Alpaca.BaseModel?.Name);
Print("llama-derivatives-include-alpaca", Models.Llama.Derivatives.Contains(Models.Alpaca));
Print("meta-makes-llama3", Organizations.Meta.Models.Contains(Models.Llama3));
Print("llama3-template-used-by-llama3", Templates.Llama3.Models.Contains(Models.Llama3));
Print("equal-by-id", Models.Get(ModelIds.Parse("llama-3")).Equals(Models.Llama3) && Models.Get(ModelId.Llama3) == Models.Llama3);

// JSON through reflection-based serialization.
JsonSerializerOptions options = ModelCatalogJson.AddConverters(new JsonSerializerOptions(JsonSerializerDefaults.Web));
var pick = new Pick(ModelId.Llama3, Organizations.Meta, Templates.Llama3, new Dictionary<ModelId, int> { [ModelId.Mixtral] = 1 }, null);
string json = JsonSerializer.Serialize(pick, options);
Print("json", json);
Pick back = JsonSerializer.Deserialize<Pick>(json, options)!;
Print("json-round-trip", back.Model == pick.Model && back.Maker == pick.Maker && back.Template == pick.Template
    && back.Ranks.Single().Key == ModelId.Mixtral && back.Fallback is null);
Pick named = JsonSerializer.Deserialize<Pick>(
    """{"model":"Llama 3.1","maker":"Facebook","template":"LLAMA3","ranks":{"Mixtral 8x7B":2},"fallback":"gpt-4"}""", options)!;
Print("json-from-names", $"{named.Model.ToSlug()} {named.Maker.Slug} {named.Template?.Slug} {named.Ranks.Single().Key.ToSlug()}={named.Ranks.Single().Value} {named.Fallback?.ToSlug()}");
try
{
    JsonSerializer.Deserialize<Pick>("""{"model":"llama-33"}""", options);
    Print("json-unknown", "accepted");
}
catch (JsonException e)
{
    Print("json-unknown", e.Message);
}

Print("json-escaped", JsonSerializer.Deserialize<ModelId>("\"llama\\u002d3\"", options).ToSlug());
Print("json-long", Attempt(() => JsonSerializer.Deserialize<ModelId>("\"" + new string('x', 300) + "\"", options)));
Print("json-number", Attempt(() => JsonSerializer.Deserialize<ModelId>("3", options)));
Print("slug-of-undefined", Attempt(() => ((ModelId)(-1)).ToSlug()));

// JSON through the source generator, the Native AOT path: the converters are named in the context's options.
Print("json-source-generated", JsonSerializer.Serialize(pick, PickJsonContext.Default.Pick) == json);
Print("json-source-generated-read", JsonSerializer.Deserialize("\"Mixtral 8x22B\"", PickJsonContext.Default.ModelId).ToSlug());

static void Print(string key, object? value) => Console.WriteLine($"{key}={value}");

// The exception's type and the first line of its message, or the value.
static string Attempt<T>(Func<T> action)
{
    try
    {
        return $"{action()}";
    }
    catch (Exception e)
    {
        return $"{e.GetType().Name}: {e.Message.Split('\n')[0]}";
    }
}

internal sealed record Pick(ModelId Model, Organization Maker, Template? Template, Dictionary<ModelId, int> Ranks, ModelId? Fallback);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, Converters = [typeof(ModelIdJsonConverter), typeof(OrganizationJsonConverter), typeof(TemplateJsonConverter)])]
[JsonSerializable(typeof(Pick))]
[JsonSerializable(typeof(ModelId))]
internal sealed partial class PickJsonContext : JsonSerializerContext;
