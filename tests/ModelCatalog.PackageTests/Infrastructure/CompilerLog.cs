using System.Text.Json;

namespace ModelCatalog.PackageTests.Infrastructure;

/// <summary>
/// The compiler's diagnostics from its SARIF 2.1 error log: ids, levels and positions, which do not depend on the
/// language the SDK prints its messages in, and messages (English for the package's own MCAT diagnostics).
/// </summary>
public static class CompilerLog
{
    public sealed record Entry(string RuleId, string Level, string File, int Line, int Column, string Message);

    public static IReadOnlyList<Entry> Read(string path)
    {
        using JsonDocument log = JsonDocument.Parse(File.ReadAllText(path));
        var entries = new List<Entry>();
        foreach (JsonElement run in log.RootElement.GetProperty("runs").EnumerateArray())
        {
            if (!run.TryGetProperty("results", out JsonElement results))
            {
                continue;
            }

            foreach (JsonElement result in results.EnumerateArray())
            {
                // Suppressed in source (#pragma, [SuppressMessage]): the compiler logs it, but it is not reported.
                if (result.TryGetProperty("suppressions", out JsonElement suppressions) && suppressions.GetArrayLength() > 0)
                {
                    continue;
                }

                string file = "";
                int line = 0, column = 0;
                if (result.TryGetProperty("locations", out JsonElement locations) && locations.GetArrayLength() > 0)
                {
                    JsonElement physical = locations[0].GetProperty("physicalLocation");
                    file = physical.GetProperty("artifactLocation").GetProperty("uri").GetString() ?? "";
                    JsonElement region = physical.GetProperty("region");
                    line = region.GetProperty("startLine").GetInt32();
                    column = region.GetProperty("startColumn").GetInt32();
                }

                string level = result.TryGetProperty("level", out JsonElement l) ? l.GetString() ?? "warning" : "warning";
                string message = result.TryGetProperty("message", out JsonElement m) && m.TryGetProperty("text", out JsonElement text) ? text.GetString() ?? "" : "";
                entries.Add(new Entry(result.GetProperty("ruleId").GetString()!, level, file, line, column, message));
            }
        }

        return entries;
    }

    /// <summary>What fails a build with warnings as errors: the log's warnings and errors, without its notes (info).</summary>
    public static IReadOnlyList<Entry> WarningsAndErrors(string path) =>
        Read(path).Where(e => e.Level is "warning" or "error").ToList();
}
