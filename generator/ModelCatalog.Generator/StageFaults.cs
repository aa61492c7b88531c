using System;

namespace ModelCatalog.Generator;

/// <summary>
/// Test-only: lets a test make the Link or Emit stage throw, to prove that the guard in
/// <see cref="CatalogGenerator"/> turns a bug into MCAT901 instead of losing the output. Thread-static, so a test
/// affects only the generator run on its own thread; nothing outside the tests ever sets it.
/// </summary>
internal static class StageFaults
{
    [ThreadStatic]
    private static string? t_throwIn;

    /// <summary>The stage (a <see cref="TrackingNames"/> value) that throws on this thread, or null.</summary>
    internal static string? ThrowIn
    {
        get => t_throwIn;
        set => t_throwIn = value;
    }

    internal static void Check(string stage)
    {
        if (t_throwIn == stage)
        {
            throw new InvalidOperationException("fault injected by a test into " + stage);
        }
    }
}
