using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace ModelCatalog.Generator.Emit;

/// <summary>C# literals for data values. Every string from the tables goes through Roslyn's own escaping.</summary>
internal static class Literals
{
    public static string String(string? value) =>
        value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

    public static string Long(long value) => value.ToString(CultureInfo.InvariantCulture) + "L";

    public static string NullableLong(long? value) => value is long v ? Long(v) : "null";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    public static string NullableBool(bool? value) => value is bool v ? Bool(v) : "null";

    public static string Strings(IEnumerable<string> values) =>
        Array("string", values.Select(String));

    /// <summary><c>new T[] { a, b }</c>, or the shared empty array.</summary>
    public static string Array(string elementType, IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0
            ? $"global::System.Array.Empty<{elementType}>()"
            : $"new {elementType}[] {{ {string.Join(", ", list)} }}";
    }

    /// <summary>A flags value of the runtime's Modality enum from its bits.</summary>
    public static string Modality(int flags)
    {
        var names = new List<string>();
        if ((flags & 1) != 0)
        {
            names.Add("Modality.Text");
        }

        if ((flags & 2) != 0)
        {
            names.Add("Modality.Image");
        }

        if ((flags & 4) != 0)
        {
            names.Add("Modality.Audio");
        }

        if ((flags & 8) != 0)
        {
            names.Add("Modality.Video");
        }

        return names.Count == 0 ? "Modality.None" : string.Join(" | ", names);
    }
}
