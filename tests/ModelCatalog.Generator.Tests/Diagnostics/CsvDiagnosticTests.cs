using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ModelCatalog.Generator.Tests.Infrastructure;
using static ModelCatalog.Generator.Tests.Infrastructure.CatalogFiles;

namespace ModelCatalog.Generator.Tests.Diagnostics;

/// <summary>MCAT0xx: file and CSV syntax. Each test breaks one thing and checks that the rest is still generated.</summary>
public sealed class CsvDiagnosticTests
{
    // A valid model row; its cells start at columns: id 1, name 9, organization 18, architecture 34, source 56.
    internal const string Mistral = "mistral,Mistral,,meta,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,";
    internal const string Phi = "phi,Phi,,meta,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,";

    [Fact]
    public void MCAT001_unterminated_quote_loses_only_its_record()
    {
        var check = DiagnosticCheck.Of(models: DefaultModels +
            "gemma,\"Gemma,,meta,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,\n" +
            Phi + "\n");

        check.Single("MCAT001", DiagnosticSeverity.Error, Models, 4, 1, "line 4 has a quoted cell that is never closed; the row is skipped");
        check.Generates(models: ["Llama", "Llama3", "Phi"], notModels: ["Gemma"]);
    }

    [Fact]
    public void MCAT001_unterminated_quote_keeps_an_earlier_valid_cell_with_a_line_break()
    {
        var check = DiagnosticCheck.Of(models: DefaultModels +
            Mistral + "\"two\nlines\"\n" +
            "gemma,Gemma,,meta,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,\"open notes\n" +
            Phi + "\n");

        check.Single("MCAT001", DiagnosticSeverity.Error, Models, 6, 1, "line 6 has a quoted cell that is never closed; the row is skipped");
        check.Generates(models: ["Llama", "Llama3", "Mistral", "Phi"], notModels: ["Gemma"]);
    }

    [Fact]
    public void MCAT001_unterminated_quote_in_the_header_does_not_make_a_data_row_the_header()
    {
        var check = DiagnosticCheck.Of(models: "\"id,name\n" + Mistral + "\n");

        check.Single("MCAT001", DiagnosticSeverity.Error, Models, 1, 1, "line 1 has a quoted cell that is never closed; without its header row the table cannot be read");
        check.Generates(models: [], notModels: ["Mistral"]);
    }

    [Fact]
    public void MCAT002_stray_quote_inside_an_unquoted_cell()
    {
        var check = DiagnosticCheck.Of(models: DefaultModels + "mis\"tral,Mistral,,meta,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,\n" + Phi + "\n");

        check.Single("MCAT002", DiagnosticSeverity.Error, Models, 4, 1, "line 4 has a quote inside an unquoted cell (quote the whole cell and double the inner quote); the row is skipped");
        check.Generates(models: ["Llama", "Llama3", "Phi"], notModels: ["Mistral"]);
    }

    [Fact]
    public void MCAT002_text_after_the_closing_quote()
    {
        var check = DiagnosticCheck.Of(models: DefaultModels + "\"mistral\"x,Mistral,,meta,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,\n" + Phi + "\n");

        check.Single("MCAT002", DiagnosticSeverity.Error, Models, 4, 1, "line 4 has text after the closing quote of a cell; the row is skipped");
        check.Generates(models: ["Llama", "Llama3", "Phi"], notModels: ["Mistral"]);
    }

    [Fact]
    public void MCAT002_in_the_header_stops_the_table_instead_of_reading_a_row_as_the_header()
    {
        var check = DiagnosticCheck.Of(models: "i\"d," + ModelsHeader.Substring(3) + "\n" + Mistral + "\n");

        check.Single("MCAT002", DiagnosticSeverity.Error, Models, 1, 1, "line 1 has a quote inside an unquoted cell (quote the whole cell and double the inner quote); without its header row the table cannot be read");
        check.Generates(models: [], notModels: ["Mistral"]);
    }

    [Fact]
    public void MCAT003_wrong_field_count()
    {
        var check = DiagnosticCheck.Of(models: DefaultModels + Mistral + ",extra\n" + "phi,Phi,meta\n");

        check.Exactly(
            "/catalog/models.csv(4,1): error MCAT003: line 4 has 16 cells but the header has 15; the row is skipped",
            "/catalog/models.csv(5,1): error MCAT003: line 5 has 3 cells but the header has 15; the row is skipped");
        check.Generates(notModels: ["Mistral", "Phi"]);
    }

    [Fact]
    public void MCAT004_missing_required_column()
    {
        var check = DiagnosticCheck.Of(organizations: "id,name,country\nmeta,Meta,US\nmistral-ai,Mistral AI,FR\n");

        check.Is(check.Run.Diagnostics[0], "MCAT004", DiagnosticSeverity.Error, Organizations, 1, 1, "the header of organizations.csv has no 'source' column, which is required");
        // Each row then lacks its required source; the rows are still kept.
        check.Exactly(
            "/catalog/organizations.csv(1,1): error MCAT004: the header of organizations.csv has no 'source' column, which is required",
            "/catalog/organizations.csv(2,1): error MCAT101: column 'source' on line 2: at least one source URL is required",
            "/catalog/organizations.csv(3,1): error MCAT101: column 'source' on line 3: at least one source URL is required");
        check.Generates();
    }

    [Fact]
    public void MCAT005_unknown_column_is_a_warning_and_ignored()
    {
        var check = DiagnosticCheck.Of(organizations: OrganizationsHeader + ",color\n" +
            "meta,Meta,Facebook,US,meta-llama,https://ai.meta.com,https://ai.meta.com/about/,,blue\n" +
            "mistral-ai,Mistral AI,,FR,mistralai,https://mistral.ai,https://mistral.ai/about,,red\n");

        check.Single("MCAT005", DiagnosticSeverity.Warning, Organizations, 1, 59, "column 'color' is not a column of organizations.csv and is ignored; known columns: id, name, source, aliases, country, hugging_face, website, notes", pointsAt: "color");
        check.Generates();
        Assert.DoesNotContain("blue", check.Run.Source("ModelCatalog.Organizations.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void MCAT006_duplicate_column_keeps_the_first()
    {
        var check = DiagnosticCheck.Of(organizations: OrganizationsHeader + ",name\n" +
            "meta,Meta,Facebook,US,meta-llama,https://ai.meta.com,https://ai.meta.com/about/,,Other\n" +
            "mistral-ai,Mistral AI,,FR,mistralai,https://mistral.ai,https://mistral.ai/about,,Else\n");

        check.Single("MCAT006", DiagnosticSeverity.Error, Organizations, 1, 59, "column 'name' appears twice in the header of organizations.csv; the second one is ignored", pointsAt: "name");
        check.Generates();
        string source = check.Run.Source("ModelCatalog.Organizations.g.cs");
        Assert.Contains("<b>Meta</b>", source, StringComparison.Ordinal);
        Assert.DoesNotContain("Other", source, StringComparison.Ordinal);
    }

    [Fact]
    public void MCAT007_empty_table()
    {
        var check = DiagnosticCheck.Of(templates: "");

        check.Exactly(
            "/catalog/models.csv(3,88): error MCAT203: column 'templates' on line 3: 'llama3' is not a template id",
            "/catalog/templates.csv(1,1): error MCAT007: the templates.csv table is empty: expected a header row naming the columns id, name, user, assistant, modalities, source, aliases, prefix, system, system_placement, separator, default_system, stop_words, image_token, video_token, audio_token, notes");
        check.Is(check.Run.Diagnostics[1], "MCAT007", DiagnosticSeverity.Error, Templates, 1, 1, "the templates.csv table is empty: expected a header row naming the columns id, name, user, assistant, modalities, source, aliases, prefix, system, system_placement, separator, default_system, stop_words, image_token, video_token, audio_token, notes");
        check.Generates(templates: []);
    }

    [Fact]
    public void MCAT007_blank_lines_only_is_empty_but_a_header_alone_is_not()
    {
        DiagnosticCheck.Of(models: "  \n\n").Single("MCAT007", DiagnosticSeverity.Error, Models, 1, 1, "the models.csv table is empty: expected a header row naming the columns id, name, organization, modalities, source, aliases, releases, sizes, training_tokens, architecture, languages, open_weights, base_model, templates, notes");

        var headerOnly = DiagnosticCheck.Of(models: ModelsHeader + "\n");
        headerOnly.Exactly();
        headerOnly.Generates(models: []);
    }

    [Fact]
    public void MCAT008_missing_table()
    {
        var check = DiagnosticCheck.Of(Create().Where(f => f.Path != Templates).ToArray());

        check.Exactly(
            "/catalog/models.csv(3,88): error MCAT203: column 'templates' on line 3: 'llama3' is not a template id",
            "/catalog/organizations.csv(1,1): warning MCAT008: the catalog has no templates.csv table beside organizations.csv; add it as an AdditionalFiles item");
        check.Is(check.Run.Diagnostics[1], "MCAT008", DiagnosticSeverity.Warning, Organizations, 1, 1, "the catalog has no templates.csv table beside organizations.csv; add it as an AdditionalFiles item");
        check.Generates(templates: []);
    }

    [Fact]
    public void MCAT009_two_files_for_one_table_reads_the_first_by_path()
    {
        string other = TemplatesHeader + "\nchatml,ChatML,,,,,{{content}},{{content}},,,,text,,,,https://x.org/,\n";
        var check = DiagnosticCheck.Of([.. Create(), new InMemoryAdditionalText("/other/templates.csv", other)]);

        check.Single("MCAT009", DiagnosticSeverity.Error, "/other/templates.csv", 1, 1, "/other/templates.csv and /catalog/templates.csv both hold the templates.csv table; only the first one is read");
        check.Generates();
        Assert.DoesNotContain("Chatml", check.Run.Source("ModelCatalog.Templates.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void MCAT010_unreadable_file()
    {
        AdditionalText[] files = Create();
        files[1] = new UnreadableText(Templates);
        var check = DiagnosticCheck.Of(files);

        check.Exactly(
            "/catalog/models.csv(3,88): error MCAT203: column 'templates' on line 3: 'llama3' is not a template id",
            "/catalog/templates.csv(1,1): error MCAT010: /catalog/templates.csv could not be read");
        check.Generates(templates: []);
    }

    private sealed class UnreadableText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => null;
    }
}
