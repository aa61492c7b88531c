using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ModelCatalog.Generator.Tests.Diagnostics;
using ModelCatalog.Generator.Tests.Infrastructure;

namespace ModelCatalog.Generator.Tests.Corpus;

/// <summary>
/// A corpus of broken catalogs: each folder under Corpus/ holds the three tables (one of them broken) and
/// expected.txt, the exact diagnostics as <c>file(line,col): severity ID: message</c>, one a line. The tables are
/// read from disk the way the compiler reads AdditionalFiles (encoding detected, a BOM dropped), so CRLF, BOM and
/// byte-level cases are real. Re-bless with MODELCATALOG_BLESS=1 (writes the source folder's expected.txt), then
/// review the diff; never blessed by default.
/// </summary>
public sealed class CorpusTests
{
    private static string OutputRoot => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string dir in Directory.GetDirectories(OutputRoot).OrderBy(d => d, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Fact]
    public void The_corpus_has_forty_cases_and_every_source_case_is_copied()
    {
        string[] source = Directory.GetDirectories(SourceRoot()).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;
        string[] output = Directory.GetDirectories(OutputRoot).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;

        Assert.True(source.Length >= 40, $"only {source.Length} corpus cases");
        Assert.Equal(source, output);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_produces_exactly_its_expected_diagnostics(string name)
    {
        string dir = Path.Combine(OutputRoot, name);
        AdditionalText[] files = Directory.GetFiles(dir, "*.csv")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (AdditionalText)new DiskText(p))
            .ToArray();
        GeneratorRun run = GeneratorHarness.Run(files);
        string actual = string.Concat(run.Diagnostics.Select(d => DiagnosticCheck.Format(d, fileNameOnly: true) + "\n"));

        string sourceExpected = Path.Combine(SourceRoot(), name, "expected.txt");
        if (Environment.GetEnvironmentVariable("MODELCATALOG_BLESS") == "1")
        {
            File.WriteAllText(sourceExpected, actual);
        }

        string expectedPath = Path.Combine(dir, "expected.txt");
        Assert.True(File.Exists(expectedPath), $"{name} has no expected.txt: run once with MODELCATALOG_BLESS=1 and review it");
        string expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");

        // Every case is broken somewhere: a case that expects nothing would pass with a generator that checks nothing.
        Assert.False(string.IsNullOrWhiteSpace(expected), $"{name}: expected.txt is empty");
        Assert.Equal(expected, actual);

        // One broken table never hides the rest: all four files (checkpoints too, empty without its table) are
        // generated and compile with the runtime.
        Assert.Equal(4, run.Result.Results.Single().GeneratedSources.Length);
        Assert.Empty(run.CompileErrors());
        Assert.DoesNotContain(run.DriverDiagnostics, d => d.Id == "CS8785");
    }

    private static string SourceRoot([CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;

    /// <summary>An AdditionalFiles item read from disk as the compiler reads it: bytes decoded, a BOM detected and dropped.</summary>
    private sealed class DiskText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            using FileStream stream = File.OpenRead(Path);
            return SourceText.From(stream, Encoding.UTF8);
        }
    }
}
