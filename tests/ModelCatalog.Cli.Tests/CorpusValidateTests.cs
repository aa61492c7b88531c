using ModelCatalog.Cli.Tests.Infrastructure;

namespace ModelCatalog.Cli.Tests;

/// <summary>
/// `validate` over the generator tests' corpus of broken catalogs (tests/ModelCatalog.Generator.Tests/Corpus): it
/// must print exactly the diagnostics the build reports for each case (expected.txt, file names without folders)
/// and exit 1. The tool and the compiler share the parser and the checks; this proves they also agree in output.
/// </summary>
public class CorpusValidateTests
{
    private static string Root => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static TheoryData<string> Cases() => new(Directory.GetDirectories(Root).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Fact]
    public void The_corpus_is_there()
    {
        Assert.True(Directory.GetDirectories(Root).Length >= 40);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_prints_the_same_diagnostics_as_the_build(string name)
    {
        string folder = Path.Combine(Root, name);
        string[] expected = File.ReadAllLines(Path.Combine(folder, "expected.txt")).Where(l => l.Length > 0).ToArray();

        CliResult result = Tool.Run("validate", folder);

        Assert.Equal(1, result.ExitCode);
        string prefix = folder + Path.DirectorySeparatorChar;
        string[] printed = result.OutLines
            .Where(l => l.StartsWith(prefix, StringComparison.Ordinal))
            .Select(l => l[prefix.Length..])
            .ToArray();
        Assert.Equal(expected, printed);
    }
}
