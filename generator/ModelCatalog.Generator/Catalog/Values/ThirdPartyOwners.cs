using System;
using System.Collections.Generic;

namespace ModelCatalog.Generator.Catalog.Values;

/// <summary>
/// Hugging Face owners that may hold a checkpoint although they are not its maker: the table "Repository owners"
/// of data/README.md, which says who each one is and why. A fixed list rather than a column: it is short, changes
/// only with a documented reason, and a test keeps it equal to the README's table.
/// </summary>
public static class ThirdPartyOwners
{
    public static readonly IReadOnlyCollection<string> All = new[]
    {
        "huggyllama",
        "alpindale",
        "ssec-uw",
        "mistral-community",
        "BUAADreamer",
        "shenzhi-wang",
        "tatsu-lab",
        "llava-hf",
        "zai-org",
        "THUDM",
    };

    private static readonly HashSet<string> Set = new(All, StringComparer.OrdinalIgnoreCase);

    public static bool Contains(string owner) => Set.Contains(owner);
}
