using System;

namespace ModelCatalog;

/// <summary>One release of a model: the version it introduced (<c>3.1</c>), if the source names one, and its date.</summary>
public readonly struct Release : IEquatable<Release>
{
    /// <summary>Creates a release.</summary>
    public Release(string? version, ReleaseDate date)
    {
        Version = version;
        Date = date;
    }

    /// <summary>The version label (<c>3.1</c>), or <see langword="null"/> when the release is the model itself.</summary>
    public string? Version { get; }

    /// <summary>When it was released.</summary>
    public ReleaseDate Date { get; }

    /// <inheritdoc/>
    public bool Equals(Release other) => Version == other.Version && Date.Equals(other.Date);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Release other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked(((Version?.GetHashCode() ?? 0) * 397) ^ Date.GetHashCode());

    /// <summary>As the tables write it: <c>3.1: 2024-07</c>, or the date alone.</summary>
    public override string ToString() => Version is null ? Date.ToString() : Version + ": " + Date;

#pragma warning disable CS1591
    public static bool operator ==(Release left, Release right) => left.Equals(right);

    public static bool operator !=(Release left, Release right) => !left.Equals(right);
#pragma warning restore CS1591
}
