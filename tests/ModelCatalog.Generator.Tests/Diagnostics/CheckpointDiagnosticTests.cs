using Microsoft.CodeAnalysis;
using ModelCatalog.Generator.Catalog;
using ModelCatalog.Generator.Catalog.Link;
using ModelCatalog.Generator.Parsing;
using static ModelCatalog.Generator.Tests.Infrastructure.CatalogFiles;

namespace ModelCatalog.Generator.Tests.Diagnostics;

/// <summary>
/// The checkpoints table's diagnostics: each at its file, line and column, and what happens to the row (left out
/// when the model, size, variant or name cannot be used; otherwise the bad value is dropped and the row kept).
/// Line 2 is <see cref="DefaultCheckpoints"/>'s row (llama-3 8B, meta-llama/Meta-Llama-3-8B-Instruct); line 3 the row under test.
/// </summary>
public sealed class CheckpointDiagnosticTests
{
    private static string Rows(params string[] lines) => DefaultCheckpoints + string.Join("\n", lines) + "\n";

    /// <summary>The linked catalog the rows give (the linker alone, to look at kept rows and values).</summary>
    private static CatalogModel Link(string checkpoints) =>
        CatalogLinker.Link(
        [
            CsvTableParser.Parse(TableKind.Organizations, Organizations, DefaultOrganizations),
            CsvTableParser.Parse(TableKind.Templates, Templates, DefaultTemplates),
            CsvTableParser.Parse(TableKind.Models, Models, DefaultModels),
            CsvTableParser.Parse(TableKind.Checkpoints, Checkpoints, checkpoints),
        ]).Catalog;

    private static string[] Ids(CatalogModel catalog) => catalog.Checkpoints.Select(c => c.Id).ToArray();

    [Fact]
    public void A_valid_table_reports_nothing_and_links_every_value()
    {
        string text = Rows(
            "llama-7b,LLaMA-7B,llama,,7B,base,huggyllama/llama-7b,,,2048,,https://x.org/,",
            "llama-3-70b,Llama-3-70B,llama-3,3.1,70B,base,meta-llama/Llama-3.1-70B;meta-llama/Meta-Llama-3.1-70B,,llama3,,llama3.1,https://x.org/,");
        var check = DiagnosticCheck.Of(checkpoints: text);

        check.Exactly();
        check.Generates();
        CatalogModel catalog = Link(text);
        Assert.Equal(["llama-3-8b-instruct", "llama-7b", "llama-3-70b"], Ids(catalog));
        CheckpointEntry first = catalog.Checkpoints[0];
        Assert.Equal("Llama-3-8B-Instruct", first.Name);
        Assert.Equal(1, first.Model); // llama-3, the second model
        Assert.Equal("3", first.Release!.Version);
        Assert.Equal(8_000_000_000, first.Size.Parameters);
        Assert.Equal("Instruct", first.Variant);
        Assert.Equal(["meta-llama/Meta-Llama-3-8B-Instruct"], first.HuggingFace);
        Assert.Equal(["LLM-Research/Meta-Llama-3-8B-Instruct"], first.ModelScope);
        Assert.Empty(first.Templates);
        Assert.Equal(8192, first.ContextLength);
        Assert.Equal("llama3", first.License);
        Assert.Equal(["meta-llama/Meta-Llama-3-8B-Instruct", "LLM-Research/Meta-Llama-3-8B-Instruct"], first.Aliases);

        CheckpointEntry last = catalog.Checkpoints[2];
        Assert.Equal("3.1", last.Release!.Version);
        Assert.Equal(["meta-llama/Llama-3.1-70B", "meta-llama/Meta-Llama-3.1-70B"], last.HuggingFace);
        Assert.Equal([0], last.Templates);

        // Both ways: the models' and the template's checkpoints (the template by llama-3's own, and by the row's cell).
        Assert.Equal([1], catalog.Models[0].Checkpoints);
        Assert.Equal([0, 2], catalog.Models[1].Checkpoints);
        Assert.Equal([0, 2], catalog.Templates[0].Checkpoints);
    }

    [Fact]
    public void The_checkpoints_table_is_optional()
    {
        var check = DiagnosticCheck.Of();

        check.Exactly();
        check.Generates();
    }

    [Fact]
    public void MCAT208_unknown_model_leaves_the_row_out()
    {
        string text = Rows("mistral-7b,Mistral-7B,lama-3,,8B,base,meta-llama/Mistral-7B,,,,,https://x.org/,");
        var check = DiagnosticCheck.Of(checkpoints: text);

        check.Single("MCAT208", DiagnosticSeverity.Error, Checkpoints, 3, 23, "column 'model' on line 3: 'lama-3' is not a model id, so the row is left out; did you mean 'llama-3'?", pointsAt: "lama-3");
        check.Generates();
        Assert.Equal(["llama-3-8b-instruct"], Ids(Link(text)));
    }

    [Fact]
    public void MCAT209_size_not_among_the_models_sizes_leaves_the_row_out()
    {
        string text = Rows("llama-3-7b,Llama-3-7B,llama-3,3,7B,base,meta-llama/Meta-Llama-3-7B,,,,,https://x.org/,");
        var check = DiagnosticCheck.Of(checkpoints: text);

        check.Single("MCAT209", DiagnosticSeverity.Error, Checkpoints, 3, 33, "column 'size' on line 3: '7B' is not a size of model 'llama-3' (its sizes: 8B, 70B), so the row is left out", pointsAt: "7B");
        check.Generates();
        Assert.Equal(["llama-3-8b-instruct"], Ids(Link(text)));
    }

    [Fact]
    public void MCAT210_unknown_version_is_dropped_and_the_row_kept()
    {
        string text = Rows("llama-3.2-8b,Llama-3.2-8B,llama-3,3.2,8B,base,meta-llama/Llama-3.2-8B,,,,,https://x.org/,");
        var check = DiagnosticCheck.Of(checkpoints: text);

        check.Single("MCAT210", DiagnosticSeverity.Error, Checkpoints, 3, 35, "column 'version' on line 3: '3.2' is not a release version of model 'llama-3' (its versions: 3, 3.1); the version is ignored", pointsAt: "3.2");
        check.Generates();
        CheckpointEntry kept = Link(text).Checkpoints[1];
        Assert.Equal("llama-3.2-8b", kept.Id);
        Assert.Null(kept.Release);
    }

    [Fact]
    public void MCAT210_version_for_a_model_without_versions()
    {
        string text = Rows("llama-7b,LLaMA-7B,llama,1,7B,base,huggyllama/llama-7b,,,,,https://x.org/,");
        var check = DiagnosticCheck.Of(checkpoints: text);

        check.Single("MCAT210", DiagnosticSeverity.Error, Checkpoints, 3, 25, "column 'version' on line 3: '1' is not a release version of model 'llama' (it has no versioned releases); the version is ignored", pointsAt: "1");
    }

    [Fact]
    public void MCAT105_unknown_variant_leaves_the_row_out()
    {
        string text = Rows("llama-3-8b-it,Llama-3-8B-it,llama-3,3,8B,it,meta-llama/Llama-3-8B-it,,,,,https://x.org/,");
        var check = DiagnosticCheck.Of(checkpoints: text);

        check.Single("MCAT105", DiagnosticSeverity.Error, Checkpoints, 3, 42, "column 'variant' on line 3: 'it' is not a variant; expected 'base', 'instruct', 'chat', 'reasoning' or 'quantized'", pointsAt: "it");
        check.Generates();
        Assert.Equal(["llama-3-8b-instruct"], Ids(Link(text)));
    }

    [Fact]
    public void MCAT112_malformed_repository_id_is_dropped_and_the_row_kept()
    {
        string text = Rows("llama-3-8b,Llama-3-8B,llama-3,3,8B,base,meta-llama/Meta-Llama-3-8B;meta-llama/Llama--3-8B,,,,,https://x.org/,");
        var check = DiagnosticCheck.Of(checkpoints: text);

        check.Single("MCAT112", DiagnosticSeverity.Error, Checkpoints, 3, 68, "column 'hugging_face' on line 3: 'meta-llama/Llama--3-8B' is not a repository id; expected owner/name, each part letters, digits, '-', '_' or '.' (not starting or ending with '-' or '.', no '--' or '..', at most 96 characters); it is ignored", pointsAt: "meta-llama/Llama--3-8B");
        check.Generates();
        Assert.Equal(["meta-llama/Meta-Llama-3-8B"], Link(text).Checkpoints[1].HuggingFace);
    }

    [Theory]
    [InlineData("meta-llama")]
    [InlineData("/Llama-3")]
    [InlineData("meta-llama/")]
    [InlineData("a/b/c")]
    [InlineData("-meta/llama")]
    [InlineData("meta/llama.")]
    [InlineData("meta/lla ma")]
    public void MCAT112_shapes_that_are_not_repository_ids(string repository)
    {
        var check = DiagnosticCheck.Of(checkpoints: Rows($"llama-3-8b,Llama-3-8B,llama-3,3,8B,base,,\"{repository}\",,,,https://x.org/,"));

        Diagnostic d = Assert.Single(check.Run.Diagnostics);
        Assert.Equal("MCAT112", d.Id);
    }

    [Fact]
    public void MCAT211_repository_id_used_twice_in_any_case_is_dropped_from_the_later_row()
    {
        string text = Rows("llama-3-8b-instruct-copy,Llama-3-8B-Instruct-Copy,llama-3,3,8B,instruct,meta-llama/Meta-Llama-3-8B-Instruct-Copy;META-LLAMA/meta-llama-3-8b-instruct,,,,,https://x.org/,");
        var check = DiagnosticCheck.Of(checkpoints: text);

        check.Single("MCAT211", DiagnosticSeverity.Error, Checkpoints, 3, 114, "column 'hugging_face' on line 3: 'META-LLAMA/meta-llama-3-8b-instruct' is already a repository id of the checkpoint 'llama-3-8b-instruct' on line 2; a repository id must lead to one checkpoint only, so it is ignored here", pointsAt: "META-LLAMA/meta-llama-3-8b-instruct");
        check.Generates();
        CatalogModel catalog = Link(text);
        Assert.Equal(["meta-llama/Meta-Llama-3-8B-Instruct"], catalog.Checkpoints[0].HuggingFace);
        Assert.Equal(["meta-llama/Meta-Llama-3-8B-Instruct-Copy"], catalog.Checkpoints[1].HuggingFace);
    }

    [Fact]
    public void MCAT211_a_modelscope_id_that_is_another_checkpoints_hugging_face_id()
    {
        var check = DiagnosticCheck.Of(checkpoints: Rows("llama-3-8b,Llama-3-8B,llama-3,3,8B,base,,meta-llama/Meta-Llama-3-8B-Instruct,,,,https://x.org/,"));

        Diagnostic d = Assert.Single(check.Run.Diagnostics);
        Assert.Equal("MCAT211", d.Id);
    }

    [Fact]
    public void MCAT212_owner_that_is_neither_the_maker_nor_a_documented_third_party()
    {
        string text = Rows("llama-3-8b-gguf,Llama-3-8B-GGUF,llama-3,3,8B,quantized,TheBloke/Llama-3-8B-GGUF,,,,,https://x.org/,");
        var check = DiagnosticCheck.Of(checkpoints: text);

        check.Single("MCAT212", DiagnosticSeverity.Error, Checkpoints, 3, 56, "column 'hugging_face' on line 3: 'TheBloke' is neither a hugging_face handle of organization 'meta' (its handles: meta-llama) nor a third party documented in data/README.md; it is ignored", pointsAt: "TheBloke/Llama-3-8B-GGUF");
        check.Generates();
        Assert.Empty(Link(text).Checkpoints[1].HuggingFace);
    }

    [Fact]
    public void MCAT212_does_not_apply_to_modelscope_ids_nor_to_documented_third_parties()
    {
        var check = DiagnosticCheck.Of(checkpoints: Rows(
            "llama-7b,LLaMA-7B,llama,,7B,base,huggyllama/llama-7b,AI-ModelScope/llama-7b,,,,https://x.org/,",
            "llama-13b,LLaMA-13B,llama,,13B,base,HUGGYLLAMA/llama-13b,skyline2006/llama-13b,,,,https://x.org/,"));

        check.Exactly();
    }

    [Fact]
    public void MCAT203_unknown_template_is_dropped_and_the_row_kept()
    {
        string text = Rows("llama-3-70b,Llama-3-70B,llama-3,3,70B,base,meta-llama/Meta-Llama-3-70B,,lama3,,,https://x.org/,");
        var check = DiagnosticCheck.Of(checkpoints: text);

        check.Single("MCAT203", DiagnosticSeverity.Error, Checkpoints, 3, 73, "column 'templates' on line 3: 'lama3' is not a template id; did you mean 'llama3'?", pointsAt: "lama3");
        check.Generates();
        Assert.Empty(Link(text).Checkpoints[1].Templates);
    }

    [Fact]
    public void MCAT207_name_of_another_checkpoint_in_any_case_leaves_the_row_out()
    {
        string text = Rows("llama-3-8b-instruct-2,LLAMA-3-8B-INSTRUCT,llama-3,3,8B,instruct,meta-llama/Other,,,,,https://x.org/,");
        var check = DiagnosticCheck.Of(checkpoints: text);

        check.Single("MCAT207", DiagnosticSeverity.Error, Checkpoints, 3, 23, "column 'name' on line 3: 'LLAMA-3-8B-INSTRUCT' already names the checkpoint 'llama-3-8b-instruct' on line 2; a name must lead to one checkpoint only, so the row is left out", pointsAt: "LLAMA-3-8B-INSTRUCT");
        check.Generates();
        Assert.Equal(["llama-3-8b-instruct"], Ids(Link(text)));
    }

    [Fact]
    public void MCAT107_context_length_that_is_not_a_token_count_is_dropped()
    {
        string text = Rows("llama-3-70b-instruct,Llama-3-70B-Instruct,llama-3,3,70B,instruct,meta-llama/Meta-Llama-3-70B-Instruct,,,8k,,https://x.org/,");
        var check = DiagnosticCheck.Of(checkpoints: text);

        check.Single("MCAT107", DiagnosticSeverity.Error, Checkpoints, 3, 105, "column 'context_length' on line 3: '8k' is not a context length; expected a whole number of tokens (e.g. 131072 for 128k); it is ignored", pointsAt: "8k");
        check.Generates();
        Assert.Null(Link(text).Checkpoints[1].ContextLength);
    }

    [Fact]
    public void MCAT201_duplicate_checkpoint_id()
    {
        var check = DiagnosticCheck.Of(checkpoints: Rows("llama-3-8b-instruct,Other,llama-3,3,8B,instruct,,,,,,https://x.org/,"));

        check.Single("MCAT201", DiagnosticSeverity.Error, Checkpoints, 3, 1, "column 'id' on line 3: id 'llama-3-8b-instruct' is already used by the checkpoint on line 2; this row is left out", pointsAt: "llama-3-8b-instruct");
    }

    [Fact]
    public void A_row_with_several_problems_reports_each_of_them()
    {
        var check = DiagnosticCheck.Of(checkpoints: Rows("x-1,X-1,lama-3,,8B,it,,,,,,https://x.org/,"));

        check.Exactly(
            "/catalog/checkpoints.csv(3,9): error MCAT208: column 'model' on line 3: 'lama-3' is not a model id, so the row is left out; did you mean 'llama-3'?",
            "/catalog/checkpoints.csv(3,20): error MCAT105: column 'variant' on line 3: 'it' is not a variant; expected 'base', 'instruct', 'chat', 'reasoning' or 'quantized'");
    }
}
