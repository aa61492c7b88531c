namespace ModelCatalog.Generator.Diagnostics;

/// <summary>The diagnostic ids as constants, shared by <see cref="Rules"/> and the compiler's <see cref="Descriptors"/>.</summary>
public static class DiagnosticIds
{
    public const string UnterminatedQuote = "MCAT001";
    public const string MalformedQuote = "MCAT002";
    public const string FieldCount = "MCAT003";
    public const string MissingColumn = "MCAT004";
    public const string UnknownColumn = "MCAT005";
    public const string DuplicateColumn = "MCAT006";
    public const string EmptyTable = "MCAT007";
    public const string MissingTable = "MCAT008";
    public const string DuplicateTable = "MCAT009";
    public const string UnreadableFile = "MCAT010";
    public const string CatalogNotReferenced = "MCAT011";
    public const string EmptyRequiredCell = "MCAT101";
    public const string InvalidSlug = "MCAT102";
    public const string InvalidDate = "MCAT103";
    public const string InvalidSize = "MCAT104";
    public const string InvalidEnumValue = "MCAT105";
    public const string InvalidUrl = "MCAT106";
    public const string InvalidCount = "MCAT107";
    public const string InvalidTemplateText = "MCAT108";
    public const string InvalidRelease = "MCAT109";
    public const string DuplicateListItem = "MCAT110";
    public const string InvalidText = "MCAT111";
    public const string InvalidRepositoryId = "MCAT112";
    public const string DuplicateId = "MCAT201";
    public const string UnknownOrganization = "MCAT202";
    public const string UnknownTemplate = "MCAT203";
    public const string UnknownBaseModel = "MCAT204";
    public const string SelfBase = "MCAT205";
    public const string BaseCycle = "MCAT206";
    public const string AmbiguousName = "MCAT207";
    public const string UnknownModel = "MCAT208";
    public const string UnknownSize = "MCAT209";
    public const string UnknownVersion = "MCAT210";
    public const string DuplicateRepositoryId = "MCAT211";
    public const string UnknownRepositoryOwner = "MCAT212";
    public const string BuiltInIdTaken = "MCAT213";
    public const string OtherCatalogIdTaken = "MCAT214";
    public const string IdentifierCollision = "MCAT301";
    public const string ReservedIdentifier = "MCAT302";
    public const string IdValueCollision = "MCAT303";
    public const string UnknownLookupName = "MCAT401";
    public const string CheckableLookup = "MCAT402";
    public const string InternalError = "MCAT901";
}
