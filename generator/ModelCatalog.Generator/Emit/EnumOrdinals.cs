using System;

namespace ModelCatalog.Generator.Emit;

/// <summary>
/// The numeric values of the runtime's enums, by member name, in their declaration order. Keep in step with
/// src/ModelCatalog (Architecture, Language, SystemPlacement); the runtime tests read the values back.
/// </summary>
internal static class EnumOrdinals
{
    private static readonly string[] Architectures = { "Decoder", "EncoderDecoder", "Glm", "MultiTask" };

    private static readonly string[] Languages =
    {
        "Multilingual", "English", "Chinese", "Japanese", "Korean", "French", "German", "Spanish", "Italian",
        "Portuguese", "Russian", "Arabic", "Hindi", "Vietnamese", "Thai", "Indonesian",
    };

    private static readonly string[] SystemPlacements = { "OwnTurn", "FirstUserMessage", "None" };

    public static int Architecture(string member) => Find(Architectures, member);

    public static int Language(string member) => Find(Languages, member);

    public static int SystemPlacement(string member) => Find(SystemPlacements, member);

    private static int Find(string[] members, string member)
    {
        int index = Array.IndexOf(members, member);
        return index >= 0 ? index : throw new ArgumentOutOfRangeException(nameof(member), member, "not a member of the runtime enum");
    }
}
