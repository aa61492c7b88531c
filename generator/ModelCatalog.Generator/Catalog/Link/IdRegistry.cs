using System.Collections.Generic;
using ModelCatalog.Generator.Catalog.Values;
using ModelCatalog.Generator.Common;
using ModelCatalog.Generator.Diagnostics;
using ModelCatalog.Generator.Parsing;

namespace ModelCatalog.Generator.Catalog.Link;

/// <summary>
/// The ids of one table: checks each row's id (present, a slug, unique, a free C# name, a value of its own) and remembers which ids
/// were accepted (with their index) and which rows were left out, so that a reference to a left-out row says
/// why it cannot resolve instead of calling the id unknown.
/// </summary>
/// <remarks>
/// A consumer's catalog also knows the built-in catalog's ids of the table (<see cref="KnownEntry"/>): its own ids may
/// not take one (slug or enum value), and a reference may name one. A reference to a built-in entry is the negative
/// index <c>~k</c>, where k is the entry's place in <see cref="UsedBuiltIn"/>.
/// </remarks>
internal sealed class IdRegistry
{
    private readonly Dictionary<string, int> _indexes;
    private readonly Dictionary<string, int> _lines;
    private readonly Dictionary<string, (string Id, int Line)> _identifiers;
    private readonly Dictionary<int, (string Id, int Line)> _values;
    private readonly Dictionary<string, int> _rejected = new(System.StringComparer.Ordinal);
    private readonly string _what;
    private readonly string[] _classNames;
    private readonly Dictionary<string, KnownEntry> _builtIn;
    private readonly Dictionary<int, KnownEntry> _builtInValues;
    private readonly Dictionary<string, int> _builtInUsed = new(System.StringComparer.Ordinal);
    private readonly List<KnownEntry> _usedBuiltIn = new();

    /// <param name="rows">The table's rows: the maps are sized for them once instead of growing.</param>
    /// <param name="builtIn">The built-in catalog's entries of this table, for a consumer's catalog; none for the built-in one.</param>
    /// <param name="classNames">The generated classes that hold this table's members (a consumer's <c>AcmeModels</c>,
    /// <c>AcmeModelIds</c>): a member may not have its class's name (CS0542).</param>
    public IdRegistry(string what, int rows = 0, EquatableArray<KnownEntry> builtIn = default, params string[] classNames)
    {
        _what = what;
        _classNames = classNames;
        _builtIn = new(builtIn.Count, System.StringComparer.Ordinal);
        _builtInValues = new(builtIn.Count);
        foreach (KnownEntry entry in builtIn)
        {
            _builtIn[entry.Slug] = entry;
            _builtInValues[entry.Value] = entry;
        }

        _indexes = new(rows, System.StringComparer.Ordinal);
        _lines = new(rows, System.StringComparer.Ordinal);
        _identifiers = new(rows, System.StringComparer.Ordinal);
        _values = new(rows);
    }

    public IEnumerable<string> Ids => _indexes.Keys;

    public int Count => _indexes.Count;

    /// <summary>Checks the id cell of a row. Returns the id and its C# name, or null when the row cannot be kept.</summary>
    public (string Id, string Identifier)? Claim(CellReader row)
    {
        Cell cell = row.Cell("id");
        string id = cell.Value;
        if (cell.IsEmpty)
        {
            row.Report(Rules.EmptyRequiredCell, cell, $"every {_what} needs an id; the row is left out");
            return null;
        }

        if (!Slug.IsValid(id))
        {
            row.Report(Rules.InvalidSlug, cell, $"'{id}' is not a valid id: use lowercase letters and digits in groups joined by one '-', '.' or '_' (e.g. 'llama-3', 'qwen2.5-vl'); the row is left out");
            Reject(id, row.Line);
            return null;
        }

        if (_lines.TryGetValue(id, out int firstLine))
        {
            row.Report(Rules.DuplicateId, cell, $"id '{id}' is already used by the {_what} on line {firstLine}; this row is left out");
            return null;
        }

        if (TakenByBuiltIn(id) is string taken)
        {
            row.Report(Rules.BuiltInIdTaken, cell, taken);
            Reject(id, row.Line);
            return null;
        }

        string identifier = Identifiers.FromId(id);
        if (Identifiers.Reserved.Contains(identifier) || System.Array.IndexOf(_classNames, identifier) >= 0)
        {
            row.Report(Rules.ReservedIdentifier, cell, $"id '{id}' would be the C# name '{identifier}', which the generated code uses itself; choose another id; the row is left out");
            Reject(id, row.Line);
            return null;
        }

        if (_identifiers.TryGetValue(identifier, out (string Id, int Line) other))
        {
            row.Report(Rules.IdentifierCollision, cell, $"id '{id}' and id '{other.Id}' on line {other.Line} both become the C# name '{identifier}'; rename one; this row is left out");
            Reject(id, row.Line);
            return null;
        }

        int value = IdValue.Of(id);
        if (_values.TryGetValue(value, out (string Id, int Line) same))
        {
            row.Report(Rules.IdValueCollision, cell, $"id '{id}' and id '{same.Id}' on line {same.Line} both hash to the enum value {value}; rename one; this row is left out");
            Reject(id, row.Line);
            return null;
        }

        _lines[id] = row.Line;
        _identifiers[identifier] = (id, row.Line);
        _values[value] = (id, row.Line);
        return (id, identifier);
    }

    /// <summary>Gives an accepted id its final index, once the rest of its row has been read successfully.</summary>
    public void Accept(string id) => _indexes[id] = _indexes.Count;

    /// <summary>Records that the row of an id that was claimed could not be kept after all.</summary>
    public void Reject(string id, int line)
    {
        if (!_rejected.ContainsKey(id))
        {
            _rejected[id] = line;
        }
    }

    /// <summary>The index of an accepted id of this catalog, or <c>~k</c> for a built-in entry (see the remarks).</summary>
    public bool TryGetIndex(string id, out int index)
    {
        if (_indexes.TryGetValue(id, out index))
        {
            return true;
        }

        if (!_builtIn.TryGetValue(id, out KnownEntry? entry))
        {
            return false;
        }

        if (!_builtInUsed.TryGetValue(id, out int used))
        {
            used = _usedBuiltIn.Count;
            _usedBuiltIn.Add(entry);
            _builtInUsed[id] = used;
        }

        index = ~used;
        return true;
    }

    /// <summary>The built-in entries that references of this catalog name, in the order of their <c>~k</c> indexes.</summary>
    public EquatableArray<KnownEntry> UsedBuiltIn => _usedBuiltIn.ToEquatableArray();

    /// <summary>Why an id of a consumer's catalog cannot be its own: the built-in catalog has it, or its enum value.</summary>
    private string? TakenByBuiltIn(string id)
    {
        if (_builtIn.TryGetValue(id, out KnownEntry? same))
        {
            return $"id '{id}' is the built-in {_what} '{same.Name}' of ModelCatalog; refer to it by this id instead of redefining it, or choose another id; the row is left out";
        }

        int value = IdValue.Of(id);
        return _builtInValues.TryGetValue(value, out KnownEntry? clash)
            ? $"id '{id}' hashes to the enum value {value}, which the built-in {_what} '{clash.Slug}' of ModelCatalog has; choose another id; the row is left out"
            : null;
    }

    /// <summary>
    /// The message for a reference that did not resolve: to a row that was left out, or to no id (with the closest
    /// id as a suggestion). <paramref name="consequence"/> says what follows for the referring row, if anything.
    /// </summary>
    public string Unresolved(string value, string? consequence = null)
    {
        string then = consequence is null ? string.Empty : ", so " + consequence;
        return _rejected.TryGetValue(value, out int line)
            ? $"'{value}' names the {_what} on line {line}, which was left out because of the errors reported there{then}"
            : $"'{value}' is not {Article(_what)} {_what} id{then}{Suggestions.DidYouMean(value, KnownIds())}";
    }

    private IEnumerable<string> KnownIds()
    {
        foreach (string id in _indexes.Keys)
        {
            yield return id;
        }

        foreach (string id in _builtIn.Keys)
        {
            yield return id;
        }
    }

    private static string Article(string word) => "aeiou".IndexOf(word[0]) >= 0 ? "an" : "a";
}
