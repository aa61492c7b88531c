using System;
using System.Collections.Generic;
using System.Linq;
using ModelCatalog.Generator.Catalog.Values;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Emit;

/// <summary>
/// One field of an encoded record, the single source of both halves of the codec: the generator writes it with a
/// <see cref="DataWriter"/> method, and the generated reader reads it back with the <c>DataReader</c> method of the
/// same name, into the parameter of <c>CatalogMetadataServices.Create*</c> that it names.
/// </summary>
/// <typeparam name="T">The catalog entry the field is taken from.</typeparam>
internal sealed class Field<T>
{
    internal Field(string parameter, string read, Action<DataWriter, T> write)
    {
        Parameter = parameter;
        Read = read;
        Write = write;
    }

    /// <summary>The parameter of the runtime's construction method that the field fills (<c>slug</c>).</summary>
    public string Parameter { get; }

    /// <summary>The C# expression that reads the field from <c>reader</c>, cast to the parameter's type.</summary>
    public string Read { get; }

    public Action<DataWriter, T> Write { get; }
}

/// <summary>The kinds of field: each pairs a <see cref="DataWriter"/> method with the <c>DataReader</c> method of its name.</summary>
internal static class Field
{
    public static Field<T> String<T>(string parameter, Func<T, string> value) =>
        new(parameter, "reader.String()", (data, entry) => data.String(value(entry)));

    public static Field<T> OptionalString<T>(string parameter, Func<T, string?> value) =>
        new(parameter, "reader.OptionalString()", (data, entry) => data.OptionalString(value(entry)));

    public static Field<T> Strings<T>(string parameter, Func<T, EquatableArray<string>> value) =>
        new(parameter, "reader.Strings()", (data, entry) => data.Strings(value(entry)));

    /// <summary>A number read as the runtime type <paramref name="type"/> (an enum: an id, a modality set).</summary>
    public static Field<T> Int<T>(string parameter, string type, Func<T, int> value) =>
        new(parameter, $"(global::ModelCatalog.{type})reader.Int()", (data, entry) => data.Int(value(entry)));

    public static Field<T> OptionalInt<T>(string parameter, string type, Func<T, int?> value) =>
        new(parameter, $"(global::ModelCatalog.{type}?)reader.OptionalInt()", (data, entry) => data.OptionalInt(value(entry)));

    /// <summary>A list of numbers read as an array of the enum <paramref name="type"/>.</summary>
    public static Field<T> Ints<T>(string parameter, string type, Func<T, IEnumerable<int>> values) =>
        new(parameter, $"(global::ModelCatalog.{type}[])(object)reader.Ints()", (data, entry) => data.Ints(values(entry).ToList()));

    /// <summary>A number that may be missing, read as an <c>int?</c> (a count, not an enum).</summary>
    public static Field<T> OptionalInt<T>(string parameter, Func<T, int?> value) =>
        new(parameter, "reader.OptionalInt()", (data, entry) => data.OptionalInt(value(entry)));

    public static Field<T> OptionalLong<T>(string parameter, Func<T, long?> value) =>
        new(parameter, "reader.OptionalLong()", (data, entry) => data.OptionalLong(value(entry)));

    public static Field<T> OptionalBool<T>(string parameter, Func<T, bool?> value) =>
        new(parameter, "reader.OptionalBool()", (data, entry) => data.OptionalBool(value(entry)));

    public static Field<T> Releases<T>(string parameter, Func<T, EquatableArray<ReleaseValue>> value) =>
        new(parameter, "reader.Releases()", (data, entry) => data.Releases(value(entry)));

    public static Field<T> OptionalRelease<T>(string parameter, Func<T, ReleaseValue?> value) =>
        new(parameter, "reader.OptionalRelease()", (data, entry) => data.OptionalRelease(value(entry)));

    public static Field<T> Size<T>(string parameter, Func<T, SizeValue> value) =>
        new(parameter, "reader.Size()", (data, entry) => data.Size(value(entry)));

    public static Field<T> Sizes<T>(string parameter, Func<T, EquatableArray<SizeValue>> value) =>
        new(parameter, "reader.Sizes()", (data, entry) => data.Sizes(value(entry)));
}
