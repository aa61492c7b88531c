using Microsoft.CodeAnalysis;
using static ModelCatalog.Generator.Tests.Infrastructure.CatalogFiles;

namespace ModelCatalog.Generator.Tests.Diagnostics;

/// <summary>MCAT2xx (references between rows and tables) and MCAT3xx (C# names and enum values).</summary>
public sealed class ReferenceDiagnosticTests
{
    private static string Rows(params string[] lines) => DefaultModels + string.Join("\n", lines) + "\n";

    [Fact]
    public void MCAT201_duplicate_id_keeps_the_first_row()
    {
        var check = DiagnosticCheck.Of(models: Rows("llama,LLaMA Two,,meta,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,"));

        check.Single("MCAT201", DiagnosticSeverity.Error, Models, 4, 1, "column 'id' on line 4: id 'llama' is already used by the model on line 2; this row is left out", pointsAt: "llama");
        check.Generates();
        Assert.DoesNotContain("LLaMA Two", check.ModelSource, StringComparison.Ordinal);
    }

    [Fact]
    public void MCAT202_unknown_organization_suggests_the_closest_id()
    {
        var check = DiagnosticCheck.Of(models: Rows("mistral,Mistral,,Metta,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,"));

        check.Single("MCAT202", DiagnosticSeverity.Error, Models, 4, 18, "column 'organization' on line 4: 'Metta' is not an organization id, so the row is left out; did you mean 'meta'?", pointsAt: "Metta");
        check.Generates(notModels: ["Mistral"]);
    }

    [Fact]
    public void MCAT203_unknown_template_keeps_the_row_and_the_known_template()
    {
        var check = DiagnosticCheck.Of(models: Rows("mistral,Mistral,,meta,2024,7B,1T,decoder,en,text,yes,,llama3;lama3,https://x.org/,"));

        check.Single("MCAT203", DiagnosticSeverity.Error, Models, 4, 62, "column 'templates' on line 4: 'lama3' is not a template id; did you mean 'llama3'?", pointsAt: "lama3");
        check.Generates(models: ["Llama", "Llama3", "Mistral"]);
    }

    [Fact]
    public void MCAT204_unknown_base_model()
    {
        var check = DiagnosticCheck.Of(models: Rows("mistral,Mistral,,meta,2024,7B,1T,decoder,en,text,yes,lama,,https://x.org/,"));

        check.Single("MCAT204", DiagnosticSeverity.Error, Models, 4, 54, "column 'base_model' on line 4: 'lama' is not a model id; did you mean 'llama'?", pointsAt: "lama");
        check.Generates(models: ["Llama", "Llama3", "Mistral"]);
    }

    [Fact]
    public void MCAT204_base_model_that_was_left_out_says_so()
    {
        var check = DiagnosticCheck.Of(models: Rows(
            "mistral,Mistral,,nobody,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,",
            "mistral-2,Mistral 2,,meta,2024,7B,1T,decoder,en,text,yes,mistral,,https://x.org/,"));

        check.Exactly(
            "/catalog/models.csv(4,18): error MCAT202: column 'organization' on line 4: 'nobody' is not an organization id, so the row is left out",
            "/catalog/models.csv(5,58): error MCAT204: column 'base_model' on line 5: 'mistral' names the model on line 4, which was left out because of the errors reported there");
        check.Is(check.Run.Diagnostics[1], "MCAT204", DiagnosticSeverity.Error, Models, 5, 58, "column 'base_model' on line 5: 'mistral' names the model on line 4, which was left out because of the errors reported there", pointsAt: "mistral");
        check.Generates(models: ["Llama", "Llama3", "Mistral2"], notModels: ["Mistral"]);
    }

    [Fact]
    public void MCAT202_organization_that_was_left_out_says_so()
    {
        var check = DiagnosticCheck.Of(
            organizations: DefaultOrganizations + "Google,Google,,US,,,https://google.com/,\n",
            models: Rows("gemma,Gemma,,Google,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,"));

        check.Exactly(
            "/catalog/models.csv(4,14): error MCAT202: column 'organization' on line 4: 'Google' names the organization on line 4, which was left out because of the errors reported there, so the row is left out",
            "/catalog/organizations.csv(4,1): error MCAT102: column 'id' on line 4: 'Google' is not a valid id: use lowercase letters and digits in groups joined by one '-', '.' or '_' (e.g. 'llama-3', 'qwen2.5-vl'); the row is left out");
        check.Generates(notModels: ["Gemma"]);
    }

    [Fact]
    public void MCAT205_model_is_its_own_base()
    {
        var check = DiagnosticCheck.Of(models: Rows("mistral,Mistral,,meta,2024,7B,1T,decoder,en,text,yes,mistral,,https://x.org/,"));

        check.Single("MCAT205", DiagnosticSeverity.Error, Models, 4, 54, "column 'base_model' on line 4: model 'mistral' cannot be its own base model; leave the cell empty for a model trained from scratch", pointsAt: "mistral");
        check.Generates(models: ["Llama", "Llama3", "Mistral"]);
    }

    [Fact]
    public void MCAT206_cycle_of_three_is_reported_once_and_cut()
    {
        var check = DiagnosticCheck.Of(models: Rows(
            "a1,A1,,meta,2024,7B,1T,decoder,en,text,yes,c1,,https://x.org/,",
            "b1,B1,,meta,2024,7B,1T,decoder,en,text,yes,a1,,https://x.org/,",
            "c1,C1,,meta,2024,7B,1T,decoder,en,text,yes,b1,,https://x.org/,"));

        // The link that closes the cycle (b1 -> a1, walking from a1) is the one reported and ignored.
        check.Single("MCAT206", DiagnosticSeverity.Error, Models, 5, 44, "column 'base_model' on line 5: base models form a cycle (a1 -> c1 -> b1 -> a1); this link is ignored", pointsAt: "a1");
        check.Generates(models: ["Llama", "Llama3", "A1", "B1", "C1"]);
    }

    [Fact]
    public void MCAT207_alias_already_used_by_another_model()
    {
        var check = DiagnosticCheck.Of(models: Rows("mistral,Mistral,Llama 3.1,meta,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,"));

        check.Single("MCAT207", DiagnosticSeverity.Error, Models, 4, 17, "column 'aliases' on line 4: 'Llama 3.1' already names the model 'llama-3'; a name or alias must lead to one model only, so it is not a lookup key of 'mistral'", pointsAt: "Llama 3.1");
        check.Generates(models: ["Llama", "Llama3", "Mistral"]);
    }

    [Fact]
    public void MCAT207_name_equal_to_another_entitys_alias_ignoring_case()
    {
        var check = DiagnosticCheck.Of(organizations: DefaultOrganizations + "fb,FACEBOOK,,US,,,https://x.org/,\n");

        check.Single("MCAT207", DiagnosticSeverity.Error, Organizations, 4, 4, "column 'name' on line 4: 'FACEBOOK' already names the organization 'meta'; a name or alias must lead to one organization only, so it is not a lookup key of 'fb'", pointsAt: "FACEBOOK");
        check.Generates(organizations: ["Meta", "MistralAi", "Fb"]);
    }

    [Fact]
    public void MCAT301_identifier_collision()
    {
        var check = DiagnosticCheck.Of(models: Rows("llama3,Llama Three,,meta,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,"));

        check.Single("MCAT301", DiagnosticSeverity.Error, Models, 4, 1, "column 'id' on line 4: id 'llama3' and id 'llama-3' on line 3 both become the C# name 'Llama3'; rename one; this row is left out", pointsAt: "llama3");
        check.Generates();
        Assert.DoesNotContain("Llama Three", check.ModelSource, StringComparison.Ordinal);
    }

    [Fact]
    public void MCAT303_two_ids_with_one_enum_value()
    {
        // FNV-1a (32-bit, top bit cleared) of 'model-198824' and of 'model-568140' are both 531781969: found by a
        // search outside this code base (a Python loop over 'model-N'), and checked against the test's own hash below.
        Assert.Equal(531781969, Fnv1a31("model-198824"));
        Assert.Equal(531781969, Fnv1a31("model-568140"));
        var check = DiagnosticCheck.Of(models: Rows(
            "model-198824,First,,meta,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,",
            "model-568140,Second,,meta,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,"));

        check.Single("MCAT303", DiagnosticSeverity.Error, Models, 5, 1, "column 'id' on line 5: id 'model-568140' and id 'model-198824' on line 4 both hash to the enum value 531781969; rename one; this row is left out", pointsAt: "model-568140");
        check.Generates(models: ["Llama", "Llama3", "Model198824"], notModels: ["Model568140"]);
        Assert.Contains("Model198824 = 531781969,", check.ModelSource, StringComparison.Ordinal);
    }

    private static int Fnv1a31(string slug)
    {
        uint hash = 0x811C9DC5;
        foreach (byte b in System.Text.Encoding.UTF8.GetBytes(slug))
        {
            hash = unchecked((hash ^ b) * 0x01000193);
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    [Fact]
    public void MCAT302_reserved_identifier()
    {
        var check = DiagnosticCheck.Of(models: Rows(
            "all,All Model,,meta,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,",
            "count,Count Model,,meta,2024,7B,1T,decoder,en,text,yes,,,https://x.org/,"));

        check.Exactly(
            "/catalog/models.csv(4,1): error MCAT302: column 'id' on line 4: id 'all' would be the C# name 'All', which the generated code uses itself; choose another id; the row is left out",
            "/catalog/models.csv(5,1): error MCAT302: column 'id' on line 5: id 'count' would be the C# name 'Count', which the generated code uses itself; choose another id; the row is left out");
        check.Is(check.Run.Diagnostics[0], "MCAT302", DiagnosticSeverity.Error, Models, 4, 1, "column 'id' on line 4: id 'all' would be the C# name 'All', which the generated code uses itself; choose another id; the row is left out", pointsAt: "all");
        check.Generates(notModels: ["All", "Count"]);
        Assert.DoesNotContain("All Model", check.ModelSource, StringComparison.Ordinal);
    }
}
