using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ModelCatalog.Generator.Diagnostics;
using ModelCatalog.Generator.Parsing;
using ModelCatalog.Generator.Tests.Infrastructure;

namespace ModelCatalog.Generator.Tests.Robustness;

/// <summary>
/// Property-based tests over mutated tables (CsCheck): truncation, flipped characters, inserted quotes, separators
/// and line breaks, shuffled columns, huge cells, binary noise. For every case: no stage throws, the emitted code
/// parses (checked every 10th case), and every row the parser read is either in the catalog or named by a
/// diagnostic on its lines. Every 250th case is also compiled with the runtime. MODELCATALOG_FUZZ_ITERATIONS sets the number of cases (default
/// 2,000, as in CI; use 100,000 for a nightly-style run).
/// </summary>
public sealed class FuzzTests
{
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("MODELCATALOG_FUZZ_ITERATIONS"), out int n) ? n : 2000;

    private static readonly string[] Noise = ["\"", ",", "\n", "\r\n", ";", "=", "?", "\\", "\0", "\u202E", "\u200B", "\uD800", "😀", "{{content}}", "</summary>", "*/", "#error", "\"\"\"", "{", "}", "x", "-", "."];

    private static readonly Gen<(int Op, int A, int B)> Mutation = Gen.Select(Gen.Int[0, 8], Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000]);

    [Fact]
    public void Mutated_tables_never_throw_and_every_row_is_emitted_or_reported()
    {
        Dictionary<string, string> fixture = Directory.GetFiles(TestPaths.Fixture("small"), "*.csv")
            .ToDictionary(p => Path.GetFileName(p), File.ReadAllText, StringComparer.Ordinal);
        string[] names = fixture.Keys.Order(StringComparer.Ordinal).ToArray();
        int cases = 0;

        Gen.Select(Gen.Int[0, names.Length - 1], Mutation.Array[1, 6]).Sample(
            (table, mutations) =>
            {
                var tables = new Dictionary<string, string>(fixture, StringComparer.Ordinal);
                tables[names[table]] = Mutate(tables[names[table]], mutations);
                int index = Interlocked.Increment(ref cases);
                CheckCase(tables, parseOutput: index % 10 == 0, compile: index % 250 == 0);
            },
            iter: Iterations,
            threads: 1,
            seed: Environment.GetEnvironmentVariable("MODELCATALOG_FUZZ_SEED"));

        Assert.Equal(Iterations, cases);
    }

    [Fact]
    public void Random_text_in_place_of_a_table_never_throws()
    {
        Dictionary<string, string> fixture = Directory.GetFiles(TestPaths.Fixture("small"), "*.csv")
            .ToDictionary(p => Path.GetFileName(p), File.ReadAllText, StringComparer.Ordinal);

        Gen.Select(Gen.Int[0, 2], Gen.String[Gen.Char, 0, 400]).Sample(
            (table, text) =>
            {
                var tables = new Dictionary<string, string>(fixture, StringComparer.Ordinal);
                tables[tables.Keys.Order(StringComparer.Ordinal).ElementAt(table)] = text;
                CheckCase(tables, parseOutput: true, compile: false);
            },
            iter: Iterations / 4,
            threads: 1);
    }

    /// <param name="parseOutput">Also parse the emitted C# (tens of milliseconds: every 10th case).</param>
    /// <param name="compile">Also compile it with the runtime (over a second: every 250th case).</param>
    internal static void CheckCase(Dictionary<string, string> tables, bool parseOutput, bool compile)
    {
        CatalogPipeline.Output output = CatalogPipeline.Run(tables);

        foreach (Generator.Emit.GeneratedFile file in parseOutput ? output.Files.Items : [])
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText(file.Text);
            Assert.Empty(tree.GetDiagnostics());
        }

        foreach (ParsedTable table in output.Tables)
        {
            HashSet<string> kept = CatalogPipeline.KeptIds(output.Link.Catalog, table.Kind);
            int[] lines = table.Rows.Select(r => r.Line).Append(int.MaxValue).ToArray();
            for (int i = 0; i < table.Rows.Count; i++)
            {
                RawRow row = table.Rows[i];
                if (kept.Contains(row.Get("id").Value))
                {
                    continue;
                }

                bool reported = output.Link.Diagnostics.Any(d =>
                    d.Severity == Severity.Error && d.Span.Path == table.Path && d.Span.StartLine >= row.Line && d.Span.StartLine < lines[i + 1]);
                Assert.True(reported, $"row on line {row.Line + 1} of {table.Path} was neither emitted nor reported");
            }
        }

        if (compile)
        {
            Compilation compilation = GeneratorHarness.RuntimeCompilation(
                output.Files.Items.Select(f => CSharpSyntaxTree.ParseText(f.Text, new CSharpParseOptions(LanguageVersion.Latest))).ToArray());
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        }
    }

    private static string Mutate(string text, (int Op, int A, int B)[] mutations)
    {
        foreach ((int op, int a, int b) in mutations)
        {
            int at = text.Length == 0 ? 0 : a % (text.Length + 1);
            text = op switch
            {
                0 => text.Substring(0, at),                                               // truncate
                1 => text.Insert(at, Noise[b % Noise.Length]),                            // insert a troublesome piece
                2 when text.Length > 0 && at < text.Length => text.Remove(at, 1 + (b % Math.Min(8, text.Length - at))), // delete a few characters
                3 when text.Length > 0 && at < text.Length => text.Remove(at, 1).Insert(at, ((char)(b % 0xFFFF)).ToString()), // flip a character
                4 => ShuffleColumns(text, b),
                5 => text.Insert(at, new string('y', 1 + (b % 20_000))),                 // a long cell (1 MB cells: EdgeCaseTests)
                6 => text.Replace("\n", "\r\n", StringComparison.Ordinal),
                7 => "\uFEFF" + text,
                _ => text.Insert(at, string.Concat(Enumerable.Range(0, 1 + (b % 16)).Select(i => (char)((b + i * 7919) % 0x20)))), // binary noise
            };
        }

        return text;
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
