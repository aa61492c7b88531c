using System.Runtime.CompilerServices;

namespace ModelCatalog.Generator.Common;

/// <summary>
/// For the per-row and per-character loops of the three stages. A generator runs a few times in a compiler
/// process, each run in milliseconds: tiered compilation would run these methods as unoptimized code for most of
/// those runs (the shipped catalog: 10-16 ms a run instead of 6), so they are compiled fully optimized at once.
/// </summary>
internal static class Jit
{
    /// <summary><c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name (.NET Core 3.0+).</summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
