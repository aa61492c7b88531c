using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ModelCatalog.Generator.Tests.Infrastructure;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ModelCatalog.Generator.Tests.Robustness;

/// <summary>
/// Fuzz tests over mutated tables, judged by <see cref="FuzzOracle"/> (the test's own RFC 4180 reading of the
/// text): no stage throws, every record is emitted or named by an error, every diagnostic stands on the cell it
/// names, the emitted code parses (every 5th case), and each distinct output is compiled with the runtime, up to 25
/// per test (the old test compiled 8 cases in 2,000).
/// Each case has its own seed, printed on failure: MODELCATALOG_FUZZ_SEED=&lt;seed&gt; replays that one case.
/// MODELCATALOG_FUZZ_ITERATIONS sets the number of cases per test (default 2,000; CI never sets it).
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int ByteSeeds = 1_000_000;
    private const int CellSeeds = 2_000_000;
    private const int TextSeeds = 3_000_000;

    /// <summary>Compiling is the slow check (a few hundred milliseconds): at most this many distinct outputs per test.</summary>
    private const int CompileBudget = 25;

    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("MODELCATALOG_FUZZ_ITERATIONS"), out int n) ? n : 2000;

    private static readonly int? ReplaySeed = int.TryParse(Environment.GetEnvironmentVariable("MODELCATALOG_FUZZ_SEED"), out int s) ? s : null;

    private static readonly string[] Noise = ["\"", ",", "\n", "\r\n", ";", "=", "?", "\\", "\0", "\u202E", "\u200B", "\uD800", "😀", "{{content}}", "</summary>", "*/", "#error", "\"\"\"", "{", "}", "x", "-", "."];

    /// <summary>Pieces a replaced cell is built from: noise, and values that are almost or exactly right for some column.</summary>
    private static readonly string[] CellPieces =
    [
        .. Noise, "", " ", "7B", "125M-175B", "8x7B=46.7B", "1.5T", "-3B", "7B-", "0B", "?", "260B?", "13B;13B", "2023-02-30", "2023-13",
        "1999", "2023-02-24", "8x7B: 2023-12", "https://example.org/a", "ftp://x", "http://", "not a url", "yes", "no", "maybe",
        "text;image", "video", "first-user", "system", "decoder", "US", "XX", "meta", "mistral-ai", "01-ai", "llama", "llama-2",
        "mixtral", "opt", "mystery", "qwen2.5-vl", "llama2", "mistral", "qwen2_vl", "Llama 2", "LLaMA", "class", "Model", "1llama",
        "a b", "UPPER", "line\nbreak", "crlf\r\nbreak", "tab\there", " padded ",
    ];

    private static readonly Dictionary<string, string> Fixture = Directory.GetFiles(TestPaths.Fixture("small"), "*.csv")
        .ToDictionary(p => Path.GetFileName(p), File.ReadAllText, StringComparer.Ordinal);

    private static readonly string[] TableNames = Fixture.Keys.Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_fixture_itself_has_no_diagnostic_and_every_record_is_emitted()
    {
        CatalogPipeline.Output result = CatalogPipeline.Run(Fixture);

        Assert.Empty(result.Link.Diagnostics);
        FuzzOracle.Check(Fixture, result, mutated: null);
        Assert.Equal(6, result.Link.Catalog.Models.Count); // llama, llama-2, mixtral, opt, qwen2.5-vl, mystery
    }

    /// <summary>Byte-level damage: truncation, inserted quotes, separators and line breaks, shuffled columns, noise.</summary>
    [Fact]
    public void Mutated_bytes_never_throw_and_every_record_is_emitted_or_reported() =>
        RunCases(ByteSeeds, random =>
        {
            var tables = new Dictionary<string, string>(Fixture, StringComparer.Ordinal);
            string table = TableNames[random.Next(TableNames.Length)];
            int count = random.Next(1, 7);
            for (int i = 0; i < count; i++)
            {
                tables[table] = MutateBytes(tables[table], random);
            }

            return (tables, null);
        });

    /// <summary>
    /// One data cell replaced by a bad, odd or valid value, quoted as RFC 4180 requires: the file stays well-formed, so
    /// the records are known exactly and every value diagnostic must point inside the replaced cell.
    /// </summary>
    [Fact]
    public void A_replaced_cell_is_reported_at_its_own_line_and_column() =>
        RunCases(CellSeeds, random =>
        {
            var tables = new Dictionary<string, string>(Fixture, StringComparer.Ordinal);
            string table = TableNames[random.Next(TableNames.Length)];
            string text = tables[table];
            Rfc4180Splitter.Result split = Rfc4180Splitter.Split(text);
            Rfc4180Splitter.Record record = split.Records[random.Next(1, split.Records.Count)];
            int column = random.Next(record.Cells.Count);
            Rfc4180Splitter.Cell cell = record.Cells[column];

            string value = string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => CellPieces[random.Next(CellPieces.Length)]));
            bool quote = value.IndexOfAny([',', '"', '\r', '\n']) >= 0 || random.Next(4) == 0;
            string raw = quote ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
            tables[table] = text.Substring(0, cell.Start) + raw + text.Substring(cell.End);
            return (tables, new FuzzOracle.MutatedCell(table, cell.Start, cell.Start + raw.Length, split.Records[0].Cells[column].Value));
        }, iterations: Iterations / 2);

    [Fact]
    public void Random_text_in_place_of_a_table_never_throws() =>
        RunCases(TextSeeds, random =>
        {
            var tables = new Dictionary<string, string>(Fixture, StringComparer.Ordinal);
            tables[TableNames[random.Next(TableNames.Length)]] = new string(Enumerable.Range(0, random.Next(401)).Select(_ => (char)random.Next(0x10000)).ToArray());
            return (tables, null);
        }, iterations: Iterations / 4);

    /// <summary>
    /// Runs the cases seeded <paramref name="firstSeed"/> onwards (or only MODELCATALOG_FUZZ_SEED's), each from its
    /// own <see cref="Random"/>, so that a printed seed is all it takes to replay one.
    /// </summary>
    private void RunCases(int firstSeed, Func<Random, (Dictionary<string, string> Tables, FuzzOracle.MutatedCell? Mutated)> makeCase, int? iterations = null)
    {
        int count = iterations ?? Iterations;
        var compiled = new HashSet<string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        IEnumerable<int> seeds = ReplaySeed is int replay
            ? (replay >= firstSeed && replay < firstSeed + 1_000_000 ? [replay] : [])
            : Enumerable.Range(firstSeed, count);
        int ran = 0;
        foreach (int seed in seeds)
        {
            (Dictionary<string, string> tables, FuzzOracle.MutatedCell? mutated) = makeCase(new Random(seed));
            try
            {
                CatalogPipeline.Output result = CatalogPipeline.Run(tables);
                FuzzOracle.Check(tables, result, mutated);
                CheckEmittedCode(result, seed % 5 == 0, compiled, ReplaySeed is not null);
            }
            catch (Exception e)
            {
                foreach (string changed in tables.Keys.Where(k => tables[k] != Fixture[k]))
                {
                    output.WriteLine($"{changed} of seed {seed}:\n{tables[changed]}\n");
                }

                throw new XunitException($"fuzz case with seed {seed} failed (replay it: MODELCATALOG_FUZZ_SEED={seed}): {e.Message}\n{e.StackTrace}");
            }

            ran++;
        }

        output.WriteLine($"seeds {firstSeed} to {firstSeed + count - 1}: {ran} cases, {compiled.Count} distinct outputs compiled, {clock.Elapsed.TotalSeconds:F1} s (compiling: {_compileTime.TotalSeconds:F1} s)");
        Assert.Equal(ReplaySeed is null ? count : seeds.Count(), ran);
    }

    /// <summary>Parses every 5th case's code; compiles each output not compiled before, up to <see cref="CompileBudget"/>.</summary>
    private void CheckEmittedCode(CatalogPipeline.Output result, bool parse, HashSet<string> compiled, bool always)
    {
        string key = string.Concat(result.Files.Items.Select(f => f.Text));
        bool compile = always || (compiled.Count < CompileBudget && compiled.Add(key));
        if (!parse && !compile)
        {
            return;
        }

        SyntaxTree[] trees = result.Files.Items.Select(f => CSharpSyntaxTree.ParseText(f.Text, GeneratorHarness.ParseOptions)).ToArray();
        foreach (SyntaxTree tree in trees)
        {
            Assert.Empty(tree.GetDiagnostics());
        }

        if (compile)
        {
            long start = Stopwatch.GetTimestamp();
            Compilation compilation = GeneratorHarness.RuntimeCompilation(trees);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
            _compileTime += Stopwatch.GetElapsedTime(start);
        }
    }

    private TimeSpan _compileTime;

    private static string MutateBytes(string text, Random random)
    {
        int at = text.Length == 0 ? 0 : random.Next(text.Length + 1);
        int b = random.Next(1_000_000);
        return random.Next(9) switch
        {
            0 => text.Substring(0, at),                                               // truncate
            1 => text.Insert(at, Noise[b % Noise.Length]),                            // insert a troublesome piece
            2 when at < text.Length => text.Remove(at, 1 + (b % Math.Min(8, text.Length - at))), // delete a few characters
            3 when at < text.Length => text.Remove(at, 1).Insert(at, ((char)(b % 0xFFFF)).ToString()), // flip a character
            4 => ShuffleColumns(text, b),
            5 => text.Insert(at, new string('y', 1 + (b % 20_000))),                 // a long cell (1 MB cells: EdgeCaseTests)
            6 => text.Replace("\n", "\r\n", StringComparison.Ordinal),
            7 => "\uFEFF" + text,
            _ => text.Insert(at, string.Concat(Enumerable.Range(0, 1 + (b % 16)).Select(i => (char)((b + i * 7919) % 0x20)))), // binary noise
        };
    }

    /// <summary>Swaps two columns in every line (header included), so that values land under the wrong names.</summary>
    private static string ShuffleColumns(string text, int seed)
    {
        string[] lines = text.Split('\n');
        for (int l = 0; l < lines.Length; l++)
        {
            string[] cells = lines[l].Split(',');
            if (cells.Length > 2)
            {
                int i = seed % cells.Length, j = (seed / 7) % cells.Length;
                (cells[i], cells[j]) = (cells[j], cells[i]);
                lines[l] = string.Join(',', cells);
            }
        }

        return string.Join('\n', lines);
    }
}
