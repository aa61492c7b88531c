using System;
using System.Collections.Generic;

namespace ModelCatalog;

/// <summary>What models, organizations and chat templates have in common: the names they can be found by.</summary>
public interface ICatalogEntry
{
    /// <summary>The stable id from the tables (<c>llama-3</c>): the form to store and exchange.</summary>
    string Slug { get; }

    /// <summary>The usual display name.</summary>
    string Name { get; }

    /// <summary>Other names users know it by.</summary>
    IReadOnlyList<string> Aliases { get; }

    /// <summary>Where its facts come from; the first is the main source.</summary>
    IReadOnlyList<Uri> Sources { get; }

    /// <summary>Corrections and caveats about its facts, or <see langword="null"/>.</summary>
    string? Notes { get; }
}
