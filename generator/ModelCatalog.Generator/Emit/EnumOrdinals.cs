using System;
using ModelCatalog.Generator.Catalog.Values;

namespace ModelCatalog.Generator.Emit;

/// <summary>
/// The numeric values of the runtime's enums, by member name: the member's position in <see cref="Vocabulary"/>'s
/// lists (Architecture, Language, SystemPlacement, CheckpointVariant); the runtime tests read the values back.
/// </summary>
internal static class EnumOrdinals
{
    public static int Architecture(string member) => Find(Vocabulary.ArchitectureMembers, member);

    public static int Language(string member) => Find(Vocabulary.LanguageMembers, member);

    public static int SystemPlacement(string member) => Find(Vocabulary.SystemPlacementMembers, member);

    public static int Variant(string member) => Find(Vocabulary.VariantMembers, member);

    private static int Find(string[] members, string member)
    {
        int index = Array.IndexOf(members, member);
        return index >= 0 ? index : throw new ArgumentOutOfRangeException(nameof(member), member, "not a member of the runtime enum");
    }
}
