using System.IO;

namespace ModelCatalog.Cli.Validation;

/// <summary>Finds the repository's data/ folder: the one beside ModelCatalog.Generated.sln, at or above a folder.</summary>
internal static class RepositoryLocator
{
    public const string SolutionFileName = "ModelCatalog.Generated.sln";

    public static string? FindDataDirectory(string startDirectory)
    {
        for (DirectoryInfo? folder = new(startDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFileName)))
            {
                return Path.Combine(folder.FullName, "data");
            }
        }

        return null;
    }
}
