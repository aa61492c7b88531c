using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace ModelCatalog.Benchmarks.Infrastructure;

/// <summary>Where the repository is: the benchmarks read the catalog tables and the runtime's sources from it.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Data => Path.Combine(Root, "data");

    public static string RuntimeSources => Path.Combine(Root, "src", "ModelCatalog");

    private static string FindRoot()
    {
        // Baked in at build time (the csproj's AssemblyMetadata "RepoRoot"); walk up from the binary otherwise.
        string? baked = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (baked is not null && File.Exists(Path.Combine(baked, "ModelCatalog.Generated.sln")))
        {
            return Path.GetFullPath(baked);
        }

        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ModelCatalog.Generated.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository (ModelCatalog.Generated.sln) was not found above " + AppContext.BaseDirectory);
    }
}
