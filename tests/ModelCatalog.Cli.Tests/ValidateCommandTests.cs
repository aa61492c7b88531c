using ModelCatalog.Cli.Tests.Infrastructure;

namespace ModelCatalog.Cli.Tests;

public class ValidateCommandTests
{
    [Fact]
    public void Clean_tables_exit_0_with_a_summary()
    {
        string folder = Tool.Fixture("clean");

        CliResult result = Tool.Run("validate", folder);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([$"{folder}: no problems (2 models, 1 organization, 1 template)."], result.OutLines);
    }

    [Fact]
    public void Broken_values_are_printed_in_the_compilers_format_at_their_cells()
    {
        string folder = Tool.Fixture("broken");
        string models = Path.Combine(folder, "models.csv");

        CliResult result = Tool.Run("validate", folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                $"{models}(3,18): error MCAT202: column 'organization' on line 3: 'metta' is not an organization id, so the row is left out; did you mean 'meta'?",
                $"{models}(4,25): error MCAT103: column 'releases' on line 4: '2023-13' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD (zero-padded, e.g. 2023-03-14)",
                $"{models}(5,30): error MCAT104: column 'sizes' on line 5: 'seven' is not a size;",
                $"{folder}: 3 errors, 0 warnings.",
            ],
            result.OutLines.Select((line, i) => i == 2 ? line[..line.IndexOf(';', StringComparison.Ordinal)] + ";" : line));
    }

    [Fact]
    public void Broken_csv_syntax_and_a_missing_column_are_reported_per_file()
    {
        string folder = Tool.Fixture("broken-csv");

        CliResult result = Tool.Run("validate", folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                $"{Path.Combine(folder, "models.csv")}(3,1): error MCAT001: line 3 has a quoted cell that is never closed; the row is skipped",
                $"{Path.Combine(folder, "organizations.csv")}(1,1): error MCAT004: the header of organizations.csv has no 'source' column, which is required",
                $"{Path.Combine(folder, "organizations.csv")}(2,1): error MCAT101: column 'source' on line 2: at least one source URL is required",
                $"{folder}: 3 errors, 0 warnings.",
            ],
            result.OutLines);
    }

    [Fact]
    public void A_missing_table_is_a_warning_and_fails_as_the_build_would()
    {
        using var temp = new TempFolder();
        File.Copy(Path.Combine(Tool.Fixture("clean"), "organizations.csv"), Path.Combine(temp.Path, "organizations.csv"));

        CliResult result = Tool.Run("validate", temp.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.Contains("warning MCAT", StringComparison.Ordinal) && l.Contains("models.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_folder_is_read_from_the_current_directory()
    {
        CliResult result = Tool.RunIn(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "validate", "broken");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(Path.Combine(Tool.Fixture("broken"), "models.csv") + "(3,18): error MCAT202", result.OutLines[0]);
    }

    [Fact]
    public void Without_a_folder_it_checks_the_repositorys_data_and_finds_it_clean()
    {
        // The tests run from bin/ inside the repository: the folder holding ModelCatalog.Generated.sln is above.
        CliResult result = Tool.RunIn(AppContext.BaseDirectory, "validate");

        string data = Path.Combine(RepositoryRoot(), "data");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal([$"{data}: no problems ({Models.Count} models, {Organizations.Count} organizations, {Templates.Count} templates)."], result.OutLines);
    }

    [Fact]
    public void Without_a_folder_outside_the_repository_it_asks_for_one()
    {
        using var temp = new TempFolder();

        CliResult result = Tool.RunIn(temp.Path, "validate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pass the folder holding the CSV tables", result.Error);
    }

    [Fact]
    public void A_folder_without_tables_fails()
    {
        using var temp = new TempFolder();

        CliResult result = Tool.Run("validate", temp.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("holds no catalog table", result.Error);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder!.FullName, "ModelCatalog.Generated.sln")))
        {
            folder = folder.Parent;
        }

        return folder.FullName;
    }

    [Fact]
    public void A_consumers_tables_are_checked_against_the_built_in_catalog()
    {
        string folder = Tool.Fixture("consumer");

        CliResult result = Tool.Run("validate", "--consumer", folder);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([$"{folder}: no problems (2 models, 1 organization, 1 template)."], result.OutLines);
    }

    [Fact]
    public void A_consumers_unknown_reference_and_taken_id_are_reported_as_the_build_reports_them()
    {
        string folder = Tool.Fixture("consumer-broken");
        string models = Path.Combine(folder, "acme.models.csv");

        CliResult result = Tool.Run("validate", "--consumer", folder);

        // Columns counted in the fixture: 'llama-33' starts at column 55 of line 2, 'llama-3' at column 1 of line 3.
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                $"{models}(2,55): error MCAT204: column 'base_model' on line 2: 'llama-33' is not a model id; did you mean 'llama-3'?",
                $"{models}(3,1): error MCAT213: column 'id' on line 3: id 'llama-3' is the built-in model 'Llama 3' of ModelCatalog; refer to it by this id instead of redefining it, or choose another id; the row is left out",
                $"{folder}: 2 errors, 0 warnings.",
            ],
            result.OutLines);
    }
}
