using Microsoft.CodeAnalysis;
using static ModelCatalog.Generator.Tests.Infrastructure.CatalogFiles;

namespace ModelCatalog.Generator.Tests.Diagnostics;

/// <summary>
/// MCAT1xx: values in cells. A bad value is reported at its cell (or the item inside a list cell); the row is kept
/// unless its id is the problem.
/// </summary>
public sealed class ValueDiagnosticTests
{
    private const string Reason = " is not allowed (control, invisible or bidirectional characters make text that reads differently than it is)";

    private static string Row(string line) => DefaultModels + line + "\n";

    [Fact]
    public void MCAT101_empty_required_name_keeps_the_row()
    {
        var check = DiagnosticCheck.Of(models: Row("mistral,,,meta,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,"));

        check.Single("MCAT101", DiagnosticSeverity.Error, Models, 4, 9, "column 'name' on line 4: a value is required", pointsAt: "");
        check.Generates(models: ["Llama", "Llama3", "Mistral"]);
    }

    [Fact]
    public void MCAT101_empty_id_leaves_the_row_out()
    {
        var check = DiagnosticCheck.Of(models: Row(",Mistral,,meta,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,"));

        check.Single("MCAT101", DiagnosticSeverity.Error, Models, 4, 1, "column 'id' on line 4: every model needs an id; the row is left out");
        check.Generates(notModels: ["Mistral"]);
    }

    [Fact]
    public void MCAT102_invalid_slug()
    {
        var check = DiagnosticCheck.Of(models: Row("Mistral_7B,Mistral,,meta,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,"));

        check.Single("MCAT102", DiagnosticSeverity.Error, Models, 4, 1,
            "column 'id' on line 4: 'Mistral_7B' is not a valid id: use lowercase letters and digits in groups joined by one '-', '.' or '_' (e.g. 'llama-3', 'qwen2.5-vl'); the row is left out",
            pointsAt: "Mistral_7B");
        check.Generates(notModels: ["Mistral7B", "Mistral_7B"]);
    }

    [Fact]
    public void MCAT103_invalid_date()
    {
        var check = DiagnosticCheck.Of(models: Row("mistral,Mistral,,meta,2024-13,7B,1T,decoder,en,text,yes,,,https://x.org/,"));

        check.Single("MCAT103", DiagnosticSeverity.Error, Models, 4, 23,
            "column 'releases' on line 4: '2024-13' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD (zero-padded, e.g. 2023-03-14)",
            pointsAt: "2024-13");
        check.Generates(models: ["Llama", "Llama3", "Mistral"]);
    }

    [Fact]
    public void MCAT103_invalid_calendar_day_in_a_versioned_release_points_at_the_release()
    {
        var check = DiagnosticCheck.Of(models: Row("mistral,Mistral,,meta,\"v1: 2023-02-30\",7B,1T,decoder,en,text,yes,,,https://x.org/,"));

        check.Single("MCAT103", DiagnosticSeverity.Error, Models, 4, 24,
            "column 'releases' on line 4: '2023-02-30' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD (zero-padded, e.g. 2023-03-14)",
            pointsAt: "v1: 2023-02-30");
        check.Generates(models: ["Llama", "Llama3", "Mistral"]);
    }

    [Fact]
    public void MCAT104_invalid_size_points_at_the_item()
    {
        var check = DiagnosticCheck.Of(models: Row("mistral,Mistral,,meta,2024,7B;7Q,1T,decoder,en,text,yes,,,https://x.org/,"));

        check.Single("MCAT104", DiagnosticSeverity.Error, Models, 4, 31,
            "column 'sizes' on line 4: '7Q' is not a size; expected a count with its unit (7B, 560M), experts (8x7B), a range (125M-175B), an exact count after '=' (8x7B=46.7B), '?' for unknown, or a trailing '?' when doubtful",
            pointsAt: "7Q");
        check.Generates(models: ["Llama", "Llama3", "Mistral"]);
    }

    [Fact]
    public void MCAT104_item_in_a_quoted_cell_spanning_lines()
    {
        var check = DiagnosticCheck.Of(models: Row("mistral,Mistral,,meta,2024,\"7B;\n 7Q\",1T,decoder,en,text,yes,,,https://x.org/,"));

        check.Single("MCAT104", DiagnosticSeverity.Error, Models, 5, 2,
            "column 'sizes' on line 5: '7Q' is not a size; expected a count with its unit (7B, 560M), experts (8x7B), a range (125M-175B), an exact count after '=' (8x7B=46.7B), '?' for unknown, or a trailing '?' when doubtful",
            pointsAt: "7Q");
        check.Generates(models: ["Llama", "Llama3", "Mistral"]);
    }

    public static TheoryData<string, string, string, string, int, int, string> EnumCases => new()
    {
        {
            "architecture", Models, "mistral,Mistral,,meta,2024,7B,1T,decodr,en,text,yes,,,https://x.org/,", "decodr", 4, 34,
            "column 'architecture' on line 4: 'decodr' is not an architecture; expected 'decoder', 'encoder-decoder', 'glm' or 'multi-task'; did you mean 'decoder'?"
        },
        {
            "language", Models, "mistral,Mistral,,meta,2024,7B,1T,decoder,en; zz,text,yes,,,https://x.org/,", "zz", 4, 46,
            "column 'languages' on line 4: 'zz' is not a language; expected an ISO 639-1 code of 'multilingual', 'en', 'zh', 'ja', 'ko', 'fr', 'de', 'es', 'it', 'pt', 'ru', 'ar', 'hi', 'vi', 'th' or 'id'; did you mean 'zh'?"
        },
        {
            "modality", Models, "mistral,Mistral,,meta,2024,7B,1T,decoder,en,text;imag,yes,,,https://x.org/,", "imag", 4, 50,
            "column 'modalities' on line 4: 'imag' is not a modality; expected 'text', 'image', 'audio' or 'video'; did you mean 'image'?"
        },
        {
            "open_weights", Models, "mistral,Mistral,,meta,2024,7B,1T,decoder,en,text,maybe,,,https://x.org/,", "maybe", 4, 50,
            "column 'open_weights' on line 4: 'maybe' is not an open-weights flag; expected 'yes' or 'no'"
        },
        {
            "country", Organizations, "google,Google,,usa,,,https://google.com/,", "usa", 4, 16,
            "column 'country' on line 4: 'usa' is not an ISO 3166-1 alpha-2 country code (two upper-case letters, e.g. 'US', 'CN')"
        },
        {
            "system_placement", Templates, "chatml,ChatML,,,,first_user,{{content}},{{content}},,,,text,,,,https://x.org/,", "first_user", 3, 18,
            "column 'system_placement' on line 3: 'first_user' is not a system placement; expected 'turn', 'first-user' or 'none'; did you mean 'first-user'?"
        },
    };

    [Theory]
    [MemberData(nameof(EnumCases))]
    public void MCAT105_invalid_enum_value(string column, string file, string row, string value, int line, int col, string message)
    {
        var check = file == Models ? DiagnosticCheck.Of(models: Row(row))
            : file == Organizations ? DiagnosticCheck.Of(organizations: DefaultOrganizations + row + "\n")
            : DiagnosticCheck.Of(templates: DefaultTemplates + row + "\n");

        Assert.Contains(column, message, StringComparison.Ordinal);
        check.Single("MCAT105", DiagnosticSeverity.Error, file, line, col, message, pointsAt: value);
        check.Generates(
            models: file == Models ? ["Llama", "Llama3", "Mistral"] : null,
            organizations: file == Organizations ? ["Meta", "MistralAi", "Google"] : null,
            templates: file == Templates ? ["Llama3", "Chatml"] : null);
    }

    [Fact]
    public void MCAT106_invalid_url_in_a_source_list()
    {
        var check = DiagnosticCheck.Of(models: Row("mistral,Mistral,,meta,2024,7B,1T,decoder,en,text,yes,,,https://x.org/;ftp://x.org/a,"));

        check.Single("MCAT106", DiagnosticSeverity.Error, Models, 4, 71, "column 'source' on line 4: 'ftp://x.org/a' is not an absolute http or https URL", pointsAt: "ftp://x.org/a");
        check.Generates(models: ["Llama", "Llama3", "Mistral"]);
    }

    [Fact]
    public void MCAT106_invalid_website()
    {
        var check = DiagnosticCheck.Of(organizations: DefaultOrganizations + "google,Google,,US,,google.com,https://google.com/,\n");

        check.Single("MCAT106", DiagnosticSeverity.Error, Organizations, 4, 20, "column 'website' on line 4: 'google.com' is not an absolute http or https URL", pointsAt: "google.com");
        check.Generates(organizations: ["Meta", "MistralAi", "Google"]);
    }

    [Fact]
    public void MCAT107_invalid_count()
    {
        var check = DiagnosticCheck.Of(models: Row("mistral,Mistral,,meta,2024,7B,1.5Q,decoder,en,text,yes,,,https://x.org/,"));

        check.Single("MCAT107", DiagnosticSeverity.Error, Models, 4, 31, "column 'training_tokens' on line 4: '1.5Q' is not a count; expected a number with a unit K, M, B or T (e.g. 1.4T, 300B)", pointsAt: "1.5Q");
        check.Generates(models: ["Llama", "Llama3", "Mistral"]);
    }

    [Fact]
    public void MCAT108_bad_escape_points_at_the_backslash()
    {
        var check = DiagnosticCheck.Of(templates: DefaultTemplates + "chatml,ChatML,,,,,<user>\\q{{content}},{{content}},,,,text,,,,https://x.org/,\n");

        check.Single("MCAT108", DiagnosticSeverity.Error, Templates, 3, 25, "column 'user' on line 3: '\\q' is not an escape; use \\n, \\t or \\\\", pointsAt: "\\q");
        check.Generates(templates: ["Llama3", "Chatml"]);
    }

    [Fact]
    public void MCAT108_bad_escape_after_doubled_quotes_in_a_quoted_cell()
    {
        var check = DiagnosticCheck.Of(templates: DefaultTemplates + "chatml,ChatML,,,,,\"<a b=\"\"c\"\">\\q{{content}}\",{{content}},,,,text,,,,https://x.org/,\n");

        check.Single("MCAT108", DiagnosticSeverity.Error, Templates, 3, 31, "column 'user' on line 3: '\\q' is not an escape; use \\n, \\t or \\\\", pointsAt: "\\q");
        check.Generates(templates: ["Llama3", "Chatml"]);
    }

    [Fact]
    public void MCAT108_bad_escape_on_the_second_line_of_a_quoted_cell()
    {
        var check = DiagnosticCheck.Of(templates: (DefaultTemplates + "chatml,ChatML,,,,,\"<user>\n<x>\\q{{content}}\",{{content}},,,,text,,,,https://x.org/,\n").Replace("\n", "\r\n", StringComparison.Ordinal));

        check.Single("MCAT108", DiagnosticSeverity.Error, Templates, 4, 4, "column 'user' on line 4: '\\q' is not an escape; use \\n, \\t or \\\\", pointsAt: "\\q");
        check.Generates(templates: ["Llama3", "Chatml"]);
    }

    [Fact]
    public void MCAT108_format_without_content_placeholder()
    {
        var check = DiagnosticCheck.Of(templates: DefaultTemplates + "chatml,ChatML,,,,,<user>,{{content}},,,,text,,,,https://x.org/,\n");

        check.Single("MCAT108", DiagnosticSeverity.Error, Templates, 3, 19, "column 'user' on line 3: the format has no {{content}} placeholder for the message text", pointsAt: "<user>");
        check.Generates(templates: ["Llama3", "Chatml"]);
    }

    [Fact]
    public void MCAT108_stop_word_with_bad_escape()
    {
        var check = DiagnosticCheck.Of(templates: DefaultTemplates + "chatml,ChatML,,,,,{{content}},{{content}},,,<a>;b\\x,text,,,,https://x.org/,\n");

        check.Single("MCAT108", DiagnosticSeverity.Error, Templates, 3, 49, "column 'stop_words' on line 3: 'b\\x' has a backslash that starts no escape; use \\n, \\t or \\\\", pointsAt: "b\\x");
        check.Generates(templates: ["Llama3", "Chatml"]);
    }

    [Fact]
    public void MCAT109_invalid_release()
    {
        var check = DiagnosticCheck.Of(models: Row("mistral,Mistral,,meta,: 2024,7B,1T,decoder,en,text,yes,,,https://x.org/,"));

        check.Single("MCAT109", DiagnosticSeverity.Error, Models, 4, 23, "column 'releases' on line 4: ': 2024' is not a release; expected DATE or VERSION: DATE (e.g. '3.1: 2024-07')", pointsAt: ": 2024");
        check.Generates(models: ["Llama", "Llama3", "Mistral"]);
    }

    [Fact]
    public void MCAT110_duplicate_list_item_is_a_warning()
    {
        var check = DiagnosticCheck.Of(models: Row("mistral,Mistral,,meta,2024,7B,1T,decoder,en;zh;en,text,yes,,,https://x.org/,"));

        check.Single("MCAT110", DiagnosticSeverity.Warning, Models, 4, 48, "column 'languages' on line 4: 'en' is listed twice; the repeat is ignored", pointsAt: "en");
        check.Generates(models: ["Llama", "Llama3", "Mistral"]);
    }

    [Fact]
    public void MCAT110_alias_equal_to_the_own_name()
    {
        var check = DiagnosticCheck.Of(models: Row("mistral,Mistral,Mistral,meta,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,"));

        check.Single("MCAT110", DiagnosticSeverity.Warning, Models, 4, 17, "column 'aliases' on line 4: alias 'Mistral' is already the id or name of 'mistral'; it is ignored", pointsAt: "Mistral");
        check.Generates(models: ["Llama", "Llama3", "Mistral"]);
    }

    [Fact]
    public void MCAT111_bidi_override_in_a_name()
    {
        var check = DiagnosticCheck.Of(models: Row("mistral,Mis\u202Etral,,meta,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,"));

        check.Single("MCAT111", DiagnosticSeverity.Error, Models, 4, 9, "column 'name' on line 4: character U+202E at position 4" + Reason, pointsAt: "Mis\u202Etral");
        check.Generates(models: ["Llama", "Llama3", "Mistral"]);
        Assert.DoesNotContain("\u202E", check.ModelSource, StringComparison.Ordinal);
    }

    [Fact]
    public void MCAT111_zero_width_space_in_an_alias()
    {
        var check = DiagnosticCheck.Of(models: Row("mistral,Mistral,Mis\u200Btral,meta,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,"));

        check.Single("MCAT111", DiagnosticSeverity.Error, Models, 4, 17, "column 'aliases' on line 4: character U+200B at position 4" + Reason, pointsAt: "Mis\u200Btral");
        check.Generates(models: ["Llama", "Llama3", "Mistral"]);
        Assert.DoesNotContain("\u200B", check.ModelSource, StringComparison.Ordinal);
    }

    [Fact]
    public void MCAT111_zero_width_space_after_doubled_quotes_in_a_quoted_list()
    {
        var check = DiagnosticCheck.Of(models: Row("mistral,Mistral,\"A \"\"B\"\";C\u200B\",meta,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,"));

        check.Single("MCAT111", DiagnosticSeverity.Error, Models, 4, 26, "column 'aliases' on line 4: character U+200B at position 2" + Reason, pointsAt: "C\u200B");
        check.Generates(models: ["Llama", "Llama3", "Mistral"]);
    }

    [Fact]
    public void MCAT111_c0_control_in_notes()
    {
        var check = DiagnosticCheck.Of(models: Row("mistral,Mistral,,meta,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,bad\u0007note"));

        check.Single("MCAT111", DiagnosticSeverity.Error, Models, 4, 71, "column 'notes' on line 4: character U+0007 at position 4" + Reason, pointsAt: "bad\u0007note");
        check.Generates(models: ["Llama", "Llama3", "Mistral"]);
        Assert.DoesNotContain("\\a", check.ModelSource, StringComparison.Ordinal);
    }
}
