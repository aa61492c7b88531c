using System.Collections.Generic;

namespace ModelCatalog.Generator.Diagnostics;

/// <summary>
/// Every catalog diagnostic. Ids are grouped as DESIGN.md says: 0xx file and CSV syntax, 1xx row values,
/// 2xx references between tables, 3xx C# names and enum values, 4xx lookups written as strings in C# (the analyzer), 9xx internal. Keep AnalyzerReleases.Unshipped.md in step.
/// </summary>
public static class Rules
{
    public const string Csv = "ModelCatalog.Csv";
    public const string Values = "ModelCatalog.Values";
    public const string References = "ModelCatalog.References";
    public const string Naming = "ModelCatalog.Naming";
    public const string Lookups = "ModelCatalog.Lookups";
    public const string Internal = "ModelCatalog.Internal";

    public static readonly Rule UnterminatedQuote = new(DiagnosticIds.UnterminatedQuote, "Unterminated quoted cell", Severity.Error, Csv);
    public static readonly Rule MalformedQuote = new(DiagnosticIds.MalformedQuote, "Malformed quoting", Severity.Error, Csv);
    public static readonly Rule FieldCount = new(DiagnosticIds.FieldCount, "Wrong number of cells", Severity.Error, Csv);
    public static readonly Rule MissingColumn = new(DiagnosticIds.MissingColumn, "Required column missing", Severity.Error, Csv);
    public static readonly Rule UnknownColumn = new(DiagnosticIds.UnknownColumn, "Unknown column", Severity.Warning, Csv);
    public static readonly Rule DuplicateColumn = new(DiagnosticIds.DuplicateColumn, "Column named twice", Severity.Error, Csv);
    public static readonly Rule EmptyTable = new(DiagnosticIds.EmptyTable, "Table has no header", Severity.Error, Csv);
    public static readonly Rule MissingTable = new(DiagnosticIds.MissingTable, "Catalog table missing", Severity.Warning, Csv);
    public static readonly Rule DuplicateTable = new(DiagnosticIds.DuplicateTable, "Two files for one table", Severity.Error, Csv);
    public static readonly Rule UnreadableFile = new(DiagnosticIds.UnreadableFile, "Table cannot be read", Severity.Error, Csv);
    public static readonly Rule CatalogNotReferenced = new(DiagnosticIds.CatalogNotReferenced, "Tables without a ModelCatalog reference", Severity.Error, Csv);

    public static readonly Rule EmptyRequiredCell = new(DiagnosticIds.EmptyRequiredCell, "Required cell is empty", Severity.Error, Values);
    public static readonly Rule InvalidSlug = new(DiagnosticIds.InvalidSlug, "Invalid id", Severity.Error, Values);
    public static readonly Rule InvalidDate = new(DiagnosticIds.InvalidDate, "Invalid date", Severity.Error, Values);
    public static readonly Rule InvalidSize = new(DiagnosticIds.InvalidSize, "Invalid size", Severity.Error, Values);
    public static readonly Rule InvalidEnumValue = new(DiagnosticIds.InvalidEnumValue, "Value not allowed", Severity.Error, Values);
    public static readonly Rule InvalidUrl = new(DiagnosticIds.InvalidUrl, "Invalid URL", Severity.Error, Values);
    public static readonly Rule InvalidCount = new(DiagnosticIds.InvalidCount, "Invalid count", Severity.Error, Values);
    public static readonly Rule InvalidTemplateText = new(DiagnosticIds.InvalidTemplateText, "Invalid template text", Severity.Error, Values);
    public static readonly Rule InvalidRelease = new(DiagnosticIds.InvalidRelease, "Invalid release", Severity.Error, Values);
    public static readonly Rule DuplicateListItem = new(DiagnosticIds.DuplicateListItem, "Item listed twice", Severity.Warning, Values);
    public static readonly Rule InvalidText = new(DiagnosticIds.InvalidText, "Invisible or control characters in text", Severity.Error, Values);
    public static readonly Rule InvalidRepositoryId = new(DiagnosticIds.InvalidRepositoryId, "Invalid repository id", Severity.Error, Values);

    public static readonly Rule DuplicateId = new(DiagnosticIds.DuplicateId, "Duplicate id", Severity.Error, References);
    public static readonly Rule UnknownOrganization = new(DiagnosticIds.UnknownOrganization, "Unknown organization", Severity.Error, References);
    public static readonly Rule UnknownTemplate = new(DiagnosticIds.UnknownTemplate, "Unknown template", Severity.Error, References);
    public static readonly Rule UnknownBaseModel = new(DiagnosticIds.UnknownBaseModel, "Unknown base model", Severity.Error, References);
    public static readonly Rule SelfBase = new(DiagnosticIds.SelfBase, "Model is its own base", Severity.Error, References);
    public static readonly Rule BaseCycle = new(DiagnosticIds.BaseCycle, "Cycle of base models", Severity.Error, References);
    public static readonly Rule AmbiguousName = new(DiagnosticIds.AmbiguousName, "Name or alias names two entities", Severity.Error, References);
    public static readonly Rule UnknownModel = new(DiagnosticIds.UnknownModel, "Unknown model", Severity.Error, References);
    public static readonly Rule UnknownSize = new(DiagnosticIds.UnknownSize, "Size not among the model's sizes", Severity.Error, References);
    public static readonly Rule UnknownVersion = new(DiagnosticIds.UnknownVersion, "Version not among the model's releases", Severity.Error, References);
    public static readonly Rule DuplicateRepositoryId = new(DiagnosticIds.DuplicateRepositoryId, "Repository id used twice", Severity.Error, References);
    public static readonly Rule UnknownRepositoryOwner = new(DiagnosticIds.UnknownRepositoryOwner, "Repository owner is neither the maker nor a known third party", Severity.Error, References);

    public static readonly Rule BuiltInIdTaken = new(DiagnosticIds.BuiltInIdTaken, "Id taken by the built-in catalog", Severity.Error, References);
    public static readonly Rule OtherCatalogIdTaken = new(DiagnosticIds.OtherCatalogIdTaken, "Id taken by another referenced catalog", Severity.Error, References);

    public static readonly Rule IdentifierCollision = new(DiagnosticIds.IdentifierCollision, "C# names collide", Severity.Error, Naming);
    public static readonly Rule ReservedIdentifier = new(DiagnosticIds.ReservedIdentifier, "C# name is reserved", Severity.Error, Naming);
    public static readonly Rule IdValueCollision = new(DiagnosticIds.IdValueCollision, "Ids have the same enum value", Severity.Error, Naming);

    public static readonly Rule UnknownLookupName = new(DiagnosticIds.UnknownLookupName, "Lookup text names no catalog entry", Severity.Warning, Lookups);
    public static readonly Rule CheckableLookup = new(DiagnosticIds.CheckableLookup, "Lookup of constant text can be a compile-checked member", Severity.Info, Lookups);

    public static readonly Rule InternalError = new(DiagnosticIds.InternalError, "Internal error in the catalog generator", Severity.Error, Internal);

    public static IReadOnlyList<Rule> All { get; } = new[]
    {
        UnterminatedQuote, MalformedQuote, FieldCount, MissingColumn, UnknownColumn, DuplicateColumn, EmptyTable,
        MissingTable, DuplicateTable, UnreadableFile, CatalogNotReferenced,
        EmptyRequiredCell, InvalidSlug, InvalidDate, InvalidSize, InvalidEnumValue, InvalidUrl, InvalidCount,
        InvalidTemplateText, InvalidRelease, DuplicateListItem, InvalidText, InvalidRepositoryId,
        DuplicateId, UnknownOrganization, UnknownTemplate, UnknownBaseModel, SelfBase, BaseCycle, AmbiguousName,
        UnknownModel, UnknownSize, UnknownVersion, DuplicateRepositoryId, UnknownRepositoryOwner, BuiltInIdTaken, OtherCatalogIdTaken,
        IdentifierCollision, ReservedIdentifier, IdValueCollision,
        UnknownLookupName, CheckableLookup,
        InternalError,
    };
}
