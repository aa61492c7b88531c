using Microsoft.CodeAnalysis;

namespace ModelCatalog.Generator.Diagnostics;

/// <summary>
/// The compiler-side twins of <see cref="Rules"/>: one <see cref="DiagnosticDescriptor"/> per rule, written out so that
/// Roslyn's release tracking (AnalyzerReleases.*.md) can read them. A test keeps the two lists in step. Only the
/// generator touches this class, so the command-line tool never loads the compiler.
/// </summary>
public static class Descriptors
{
    public static readonly DiagnosticDescriptor UnterminatedQuote = new(DiagnosticIds.UnterminatedQuote, "Unterminated quoted cell", "{0}", Rules.Csv, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor MalformedQuote = new(DiagnosticIds.MalformedQuote, "Malformed quoting", "{0}", Rules.Csv, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor FieldCount = new(DiagnosticIds.FieldCount, "Wrong number of cells", "{0}", Rules.Csv, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor MissingColumn = new(DiagnosticIds.MissingColumn, "Required column missing", "{0}", Rules.Csv, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor UnknownColumn = new(DiagnosticIds.UnknownColumn, "Unknown column", "{0}", Rules.Csv, DiagnosticSeverity.Warning, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor DuplicateColumn = new(DiagnosticIds.DuplicateColumn, "Column named twice", "{0}", Rules.Csv, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor EmptyTable = new(DiagnosticIds.EmptyTable, "Table has no header", "{0}", Rules.Csv, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor MissingTable = new(DiagnosticIds.MissingTable, "Catalog table missing", "{0}", Rules.Csv, DiagnosticSeverity.Warning, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor DuplicateTable = new(DiagnosticIds.DuplicateTable, "Two files for one table", "{0}", Rules.Csv, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor UnreadableFile = new(DiagnosticIds.UnreadableFile, "Table cannot be read", "{0}", Rules.Csv, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor CatalogNotReferenced = new(DiagnosticIds.CatalogNotReferenced, "Tables without a ModelCatalog reference", "{0}", Rules.Csv, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor EmptyRequiredCell = new(DiagnosticIds.EmptyRequiredCell, "Required cell is empty", "{0}", Rules.Values, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor InvalidSlug = new(DiagnosticIds.InvalidSlug, "Invalid id", "{0}", Rules.Values, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor InvalidDate = new(DiagnosticIds.InvalidDate, "Invalid date", "{0}", Rules.Values, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor InvalidSize = new(DiagnosticIds.InvalidSize, "Invalid size", "{0}", Rules.Values, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor InvalidEnumValue = new(DiagnosticIds.InvalidEnumValue, "Value not allowed", "{0}", Rules.Values, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor InvalidUrl = new(DiagnosticIds.InvalidUrl, "Invalid URL", "{0}", Rules.Values, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor InvalidCount = new(DiagnosticIds.InvalidCount, "Invalid count", "{0}", Rules.Values, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor InvalidTemplateText = new(DiagnosticIds.InvalidTemplateText, "Invalid template text", "{0}", Rules.Values, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor InvalidRelease = new(DiagnosticIds.InvalidRelease, "Invalid release", "{0}", Rules.Values, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor DuplicateListItem = new(DiagnosticIds.DuplicateListItem, "Item listed twice", "{0}", Rules.Values, DiagnosticSeverity.Warning, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor InvalidText = new(DiagnosticIds.InvalidText, "Invisible or control characters in text", "{0}", Rules.Values, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor InvalidRepositoryId = new(DiagnosticIds.InvalidRepositoryId, "Invalid repository id", "{0}", Rules.Values, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor DuplicateId = new(DiagnosticIds.DuplicateId, "Duplicate id", "{0}", Rules.References, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor UnknownOrganization = new(DiagnosticIds.UnknownOrganization, "Unknown organization", "{0}", Rules.References, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor UnknownTemplate = new(DiagnosticIds.UnknownTemplate, "Unknown template", "{0}", Rules.References, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor UnknownBaseModel = new(DiagnosticIds.UnknownBaseModel, "Unknown base model", "{0}", Rules.References, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor SelfBase = new(DiagnosticIds.SelfBase, "Model is its own base", "{0}", Rules.References, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor BaseCycle = new(DiagnosticIds.BaseCycle, "Cycle of base models", "{0}", Rules.References, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor AmbiguousName = new(DiagnosticIds.AmbiguousName, "Name or alias names two entities", "{0}", Rules.References, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor UnknownModel = new(DiagnosticIds.UnknownModel, "Unknown model", "{0}", Rules.References, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor UnknownSize = new(DiagnosticIds.UnknownSize, "Size not among the model's sizes", "{0}", Rules.References, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor UnknownVersion = new(DiagnosticIds.UnknownVersion, "Version not among the model's releases", "{0}", Rules.References, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor DuplicateRepositoryId = new(DiagnosticIds.DuplicateRepositoryId, "Repository id used twice", "{0}", Rules.References, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor UnknownRepositoryOwner = new(DiagnosticIds.UnknownRepositoryOwner, "Repository owner is neither the maker nor a known third party", "{0}", Rules.References, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor BuiltInIdTaken = new(DiagnosticIds.BuiltInIdTaken, "Id taken by the built-in catalog", "{0}", Rules.References, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor OtherCatalogIdTaken = new(DiagnosticIds.OtherCatalogIdTaken, "Id taken by another referenced catalog", "{0}", Rules.References, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor IdentifierCollision = new(DiagnosticIds.IdentifierCollision, "C# names collide", "{0}", Rules.Naming, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor ReservedIdentifier = new(DiagnosticIds.ReservedIdentifier, "C# name is reserved", "{0}", Rules.Naming, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor IdValueCollision = new(DiagnosticIds.IdValueCollision, "Ids have the same enum value", "{0}", Rules.Naming, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor UnknownLookupName = new(DiagnosticIds.UnknownLookupName, "Lookup text names no catalog entry", "{0}", Rules.Lookups, DiagnosticSeverity.Warning, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor CheckableLookup = new(DiagnosticIds.CheckableLookup, "Lookup of constant text can be a compile-checked member", "{0}", Rules.Lookups, DiagnosticSeverity.Info, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor InternalError = new(DiagnosticIds.InternalError, "Internal error in the catalog generator", "{0}", Rules.Internal, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor[] All =
    {
        UnterminatedQuote,
        MalformedQuote,
        FieldCount,
        MissingColumn,
        UnknownColumn,
        DuplicateColumn,
        EmptyTable,
        MissingTable,
        DuplicateTable,
        UnreadableFile,
        CatalogNotReferenced,
        EmptyRequiredCell,
        InvalidSlug,
        InvalidDate,
        InvalidSize,
        InvalidEnumValue,
        InvalidUrl,
        InvalidCount,
        InvalidTemplateText,
        InvalidRelease,
        DuplicateListItem,
        InvalidText,
        InvalidRepositoryId,
        DuplicateId,
        UnknownOrganization,
        UnknownTemplate,
        UnknownBaseModel,
        SelfBase,
        BaseCycle,
        AmbiguousName,
        UnknownModel,
        UnknownSize,
        UnknownVersion,
        DuplicateRepositoryId,
        UnknownRepositoryOwner,
        BuiltInIdTaken,
        OtherCatalogIdTaken,
        IdentifierCollision,
        ReservedIdentifier,
        IdValueCollision,
        UnknownLookupName,
        CheckableLookup,
        InternalError,
    };
}
