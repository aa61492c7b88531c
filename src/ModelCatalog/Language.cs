namespace ModelCatalog;

/// <summary>
/// A language a model was trained for. <see cref="Multilingual"/> stands where the source says only that a model
/// is multilingual; otherwise the languages are listed one by one. <see cref="LanguageCodes"/> maps them to ISO 639-1.
/// </summary>
public enum Language
{
    /// <summary>Many languages, not listed by the source.</summary>
    Multilingual,

    /// <summary>English (<c>en</c>).</summary>
    English,

    /// <summary>Chinese (<c>zh</c>).</summary>
    Chinese,

    /// <summary>Japanese (<c>ja</c>).</summary>
    Japanese,

    /// <summary>Korean (<c>ko</c>).</summary>
    Korean,

    /// <summary>French (<c>fr</c>).</summary>
    French,

    /// <summary>German (<c>de</c>).</summary>
    German,

    /// <summary>Spanish (<c>es</c>).</summary>
    Spanish,

    /// <summary>Italian (<c>it</c>).</summary>
    Italian,

    /// <summary>Portuguese (<c>pt</c>).</summary>
    Portuguese,

    /// <summary>Russian (<c>ru</c>).</summary>
    Russian,

    /// <summary>Arabic (<c>ar</c>).</summary>
    Arabic,

    /// <summary>Hindi (<c>hi</c>).</summary>
    Hindi,

    /// <summary>Vietnamese (<c>vi</c>).</summary>
    Vietnamese,

    /// <summary>Thai (<c>th</c>).</summary>
    Thai,

    /// <summary>Indonesian (<c>id</c>).</summary>
    Indonesian,
}
