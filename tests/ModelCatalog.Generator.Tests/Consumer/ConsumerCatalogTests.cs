using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ModelCatalog.Generator.Tests.Infrastructure;

namespace ModelCatalog.Generator.Tests.Consumer;

/// <summary>
/// A consumer's own tables (Fixtures/consumer) become typed constants that reference the built-in catalog of the
/// referenced ModelCatalog.dll. The expectations are the fixture's cells and the built-in data (data/*.csv), read by
/// hand; the generated code is compiled and run.
/// </summary>
public sealed class ConsumerCatalogTests
{
    private const string Probe = """
        using System.Linq;
        using ModelCatalog;
        using Acme;

        /// <summary>Reads the generated catalog.</summary>
        public static class Probe
        {
            /// <summary>One line per fact.</summary>
            public static string Run()
            {
                Model chat = AcmeModels.AcmeChat;
                Model helper = AcmeModels.AcmeHelper;
                Checkpoint instruct = AcmeCheckpoints.AcmeChat8bInstruct;
                Checkpoint quantized = AcmeCheckpoints.AcmeLlama3_8bQ4;
                return string.Join("\n", new[]
                {
                    "base=" + chat.BaseModel!.Slug + " same=" + ReferenceEquals(chat.BaseModel, Models.Llama3),
                    "template=" + chat.Templates[0].Slug + " same=" + ReferenceEquals(chat.Templates[0], Templates.Llama3),
                    "organization=" + chat.Organization.Name + " aliases=" + string.Join(";", chat.Organization.Aliases) + " models=" + string.Join(";", AcmeOrganizations.Acme.Models.Select(m => m.Slug)),
                    "releases=" + string.Join(";", chat.Releases) + " sizes=" + string.Join(";", chat.Sizes) + " languages=" + string.Join(";", chat.Languages),
                    "open=" + chat.OpenWeights + " notes=" + chat.Notes,
                    "helper=" + helper.Organization.Slug + " same=" + ReferenceEquals(helper.Organization, Organizations.Meta) + " base=" + helper.BaseModel!.Slug + " templates=" + string.Join(";", helper.Templates.Select(t => t.Slug)) + " modalities=" + helper.Modalities,
                    "derivatives=" + string.Join(";", chat.Derivatives.Select(m => m.Slug)) + " builtInDerivatives=" + Models.Llama3.Derivatives.Any(m => m.Slug.StartsWith("acme")),
                    "instruct=" + instruct.Model.Slug + " " + instruct.Release!.Value + " " + instruct.Size + " " + instruct.Variant + " " + instruct.ContextLength + " " + instruct.Templates[0].Slug,
                    "quantized=" + ReferenceEquals(quantized.Model, Models.Llama3) + " " + quantized.Size.Parameters + " " + quantized.Variant + " " + quantized.Templates[0].Name + " " + quantized.Release.HasValue,
                    "ids=" + (int)AcmeModelIds.AcmeChat + " " + (int)AcmeOrganizationIds.Acme + " " + (int)AcmeCheckpointIds.AcmeLlama3_8bQ4,
                    "find=" + (AcmeModels.TryFind("acmechat 1", out Model? a) ? a.Slug : "-") + " " + (AcmeModels.TryFind("LLAMA 3.1", out Model? b) ? b.Slug : "-") + " " + (AcmeModels.TryFind("nothing", out _) ? "found" : "-"),
                    "repository=" + (AcmeCheckpoints.TryFind("ACME-AI/acme-chat-8b-instruct", out Checkpoint? c) ? c.Slug : "-") + " " + (AcmeCheckpoints.TryFind("meta-llama/Meta-Llama-3-8B-Instruct", out Checkpoint? d) ? d.Slug : "-"),
                    "get=" + AcmeModels.Get(ModelId.Llama3).Slug + " " + AcmeModels.Get(AcmeModelIds.AcmeHelper).Slug + " count=" + AcmeModels.Count + " all=" + string.Join(";", AcmeModels.All.Select(m => m.Slug)),
                    "template=" + AcmeTemplates.AcmePlain.Render(new[] { TemplateMessage.User("hi") }),
                });
            }
        }
        """;

    [Fact]
    public void A_consumers_rows_become_records_linked_into_the_built_in_catalog()
    {
        GeneratorRun run = ConsumerHarness.Run(ConsumerTables.Acme(), sources: Probe);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileErrors());
        string[] lines = ConsumerHarness.Execute(run.Output).Split('\n');

        Assert.Equal(
            [
                "base=llama-3 same=True",
                "template=llama3 same=True",
                "organization=Acme Corp aliases=Acme AI models=acme-chat",
                "releases=1: 2025-03;1.1: 2025-06-15 sizes=8B;70B languages=English;German",
                "open=False notes=A fine-tune of Llama 3.",
                "helper=meta same=True base=acme-chat templates=acme-plain;llama3 modalities=Text, Image",
                "derivatives=acme-helper builtInDerivatives=False",
                "instruct=acme-chat 1.1: 2025-06-15 8B Instruct 8192 llama3",
                "quantized=True 8000000000 Quantized Acme Plain False",
                $"ids={ConsumerTables.Fnv1a("acme-chat")} {ConsumerTables.Fnv1a("acme")} {ConsumerTables.Fnv1a("acme-llama-3-8b-q4")}",
                "find=acme-chat llama-3 -",
                "repository=acme-chat-8b-instruct llama-3-8b-instruct",
                "get=llama-3 acme-helper count=2 all=acme-chat;acme-helper",
                // data/README.md: the default system prompt applies when there is none, and an empty system format puts it in as it is.
                "template=You are Acme's assistant.User: hi\nAssistant: ",
            ],
            lines.Take(13).Append(string.Join("\n", lines.Skip(13))).ToArray());
    }

    [Fact]
    public void Ids_are_constants_of_the_built_in_enums_carrying_their_names()
    {
        GeneratorRun run = ConsumerHarness.Run(ConsumerTables.Acme());

        INamedTypeSymbol ids = run.Output.GetTypeByMetadataName("Acme.AcmeModelIds")!;
        IFieldSymbol chat = ids.GetMembers("AcmeChat").OfType<IFieldSymbol>().Single();
        Assert.True(chat.IsConst);
        Assert.Equal("ModelCatalog.ModelId", chat.Type.ToDisplayString());
        Assert.Equal(ConsumerTables.Fnv1a("acme-chat"), chat.ConstantValue);
        AttributeData entry = chat.GetAttributes().Single(a => a.AttributeClass!.Name == "CatalogEntryAttribute");
        Assert.Equal(["acme-chat", "Acme Chat"], entry.ConstructorArguments.Select(a => (string)a.Value!));
        Assert.Equal(["AcmeChat 1", "Acme Chat Latest"], entry.NamedArguments.Single(a => a.Key == "Aliases").Value.Values.Select(v => (string)v.Value!));
    }

    [Fact]
    public void Generated_members_are_documented_with_the_rows_facts()
    {
        GeneratorRun run = ConsumerHarness.Run(ConsumerTables.Acme());

        string docs = run.Output.GetTypeByMetadataName("Acme.AcmeModels")!.GetMembers("AcmeChat").Single().GetDocumentationCommentXml()!;
        Assert.Contains("<b>Acme Chat</b> (<c>acme-chat</c>) by <see cref=\"P:Acme.AcmeOrganizations.Acme\">Acme Corp</see>.", docs, StringComparison.Ordinal);
        Assert.Contains("Also known as: AcmeChat 1, Acme Chat Latest.", docs, StringComparison.Ordinal);
        Assert.Contains("Sizes: 8B, 70B", docs, StringComparison.Ordinal);
        Assert.Contains("Base model: <see cref=\"P:ModelCatalog.Models.Llama3\">Llama 3</see>", docs, StringComparison.Ordinal);
        Assert.Contains("Notes: A fine-tune of Llama 3.", docs, StringComparison.Ordinal);
        Assert.Contains("Source: https://acme.example/chat", docs, StringComparison.Ordinal);
    }
}
