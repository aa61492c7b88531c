using System;
using ModelCatalog.Formats;

namespace ModelCatalog;

/// <summary>
/// A model size: the label its makers use (<c>7B</c>, <c>8x7B</c>, <c>125M-175B</c>) and the number of parameters
/// behind it. A mixture of experts knows its <see cref="Experts"/>; a range (a family the source gives only as a
/// span) has <see cref="MinimumParameters"/> below <see cref="Parameters"/>; a size the source doubts is
/// <see cref="IsUncertain"/>, and one it does not know at all is <see cref="Unknown"/>. Sizes compare by parameters.
/// </summary>
public readonly struct ParameterCount : IEquatable<ParameterCount>, IComparable<ParameterCount>, IComparable
{
    private readonly string? _label;
    private readonly bool _isUncertain;
    private readonly bool _hasExplicitCount;

    /// <summary>Creates a size.</summary>
    /// <param name="label">The size as written, without a trailing <c>?</c>: <c>7B</c>, <c>8x7B</c>, <c>125M-175B</c>.</param>
    /// <param name="parameters">The total number of parameters (for a range, its upper end).</param>
    /// <param name="minimumParameters">The lower end of a range; equal to <paramref name="parameters"/> otherwise.</param>
    /// <param name="experts">The number of experts of a mixture of experts, or <see langword="null"/>.</param>
    /// <param name="isUncertain">Whether the source doubts the value.</param>
    public ParameterCount(string label, long parameters, long minimumParameters, int? experts, bool isUncertain)
        : this(label, parameters, minimumParameters, experts, isUncertain, hasExplicitCount: false)
    {
    }

    /// <summary>Creates a size whose exact count the source may give beside the label (<c>8B=8.03B</c>).</summary>
    /// <param name="label">The size as written, without a trailing <c>?</c> or <c>=COUNT</c>: <c>7B</c>, <c>8x7B</c>, <c>125M-175B</c>.</param>
    /// <param name="parameters">The total number of parameters (for a range, its upper end).</param>
    /// <param name="minimumParameters">The lower end of a range; equal to <paramref name="parameters"/> otherwise.</param>
    /// <param name="experts">The number of experts of a mixture of experts, or <see langword="null"/>.</param>
    /// <param name="isUncertain">Whether the source doubts the value.</param>
    /// <param name="hasExplicitCount">Whether the source gives <paramref name="parameters"/> exactly, beside a label that rounds it.</param>
    public ParameterCount(string label, long parameters, long minimumParameters, int? experts, bool isUncertain, bool hasExplicitCount)
    {
        if (string.IsNullOrEmpty(label))
        {
            throw new ArgumentException("A size needs a label.", nameof(label));
        }

        if (minimumParameters <= 0 || parameters < minimumParameters)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumParameters), "Sizes are positive and a range's lower end is not above its upper end.");
        }

        if (experts is < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(experts), "A mixture has at least two experts.");
        }

        _label = label;
        Parameters = parameters;
        MinimumParameters = minimumParameters;
        Experts = experts;
        _isUncertain = isUncertain;
        _hasExplicitCount = hasExplicitCount;
    }

    /// <summary>A size the source does not know (written <c>?</c>). Its parameters are 0, so it sorts first.</summary>
    public static ParameterCount Unknown => default;

    /// <summary>The size as written, without the doubt mark: <c>7B</c>, <c>8x7B</c>; <c>?</c> when unknown.</summary>
    public string Label => _label ?? "?";

    /// <summary>The total number of parameters; for a range, its upper end; 0 when unknown.</summary>
    public long Parameters { get; }

    /// <summary>The lower end of a range; otherwise equal to <see cref="Parameters"/>.</summary>
    public long MinimumParameters { get; }

    /// <summary>The number of experts of a mixture of experts (<c>8x7B</c>: 8), or <see langword="null"/>.</summary>
    public int? Experts { get; }

    /// <summary>Whether the source marks the value as doubtful (<c>260B?</c>). Always true for <see cref="Unknown"/>.</summary>
    public bool IsUncertain => _isUncertain || !IsKnown;

    /// <summary>Whether the size is known at all.</summary>
    public bool IsKnown => _label is not null;

    /// <summary>
    /// Whether the source gives the exact count beside the label (written <c>8B=8.03B</c>), so that
    /// <see cref="Parameters"/> says more than <see cref="Label"/>.
    /// </summary>
    public bool HasExplicitCount => _hasExplicitCount;

    /// <summary>Whether the size spans a range of models (<c>125M-175B</c>).</summary>
    public bool IsRange => MinimumParameters != Parameters;

    /// <summary>Whether the model is a mixture of experts.</summary>
    public bool IsMixtureOfExperts => Experts is not null;

    /// <summary>Parameters in billions, for display and rough comparisons.</summary>
    public double Billions => Parameters / 1e9;

    /// <inheritdoc/>
    public int CompareTo(ParameterCount other)
    {
        int c = Parameters.CompareTo(other.Parameters);
        if (c == 0)
        {
            c = MinimumParameters.CompareTo(other.MinimumParameters);
        }

        return c != 0 ? c : string.CompareOrdinal(_label, other._label);
    }

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ParameterCount other => CompareTo(other),
        _ => throw new ArgumentException("Not a ParameterCount.", nameof(obj)),
    };

    /// <inheritdoc/>
    public bool Equals(ParameterCount other) =>
        Parameters == other.Parameters
        && MinimumParameters == other.MinimumParameters
        && Experts == other.Experts
        && IsUncertain == other.IsUncertain
        && string.Equals(_label, other._label, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ParameterCount other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((Parameters.GetHashCode() * 397) ^ (_label?.GetHashCode() ?? 0));

    /// <summary>The size as written: <c>7B</c>, <c>8x7B</c>, <c>260B?</c>, <c>?</c>.</summary>
    public override string ToString() => IsKnown && IsUncertain ? Label + "?" : Label;

    /// <summary>
    /// Parameters with their unit, exact (<c>46.7B</c>, <c>124.439808M</c>), in the tables' count format, or
    /// <c>?</c> when unknown.
    /// </summary>
    public string ToParameterString() => IsKnown ? CountText.Format(Parameters) : "?";

#pragma warning disable CS1591 // the operators mean what they say
    public static bool operator ==(ParameterCount left, ParameterCount right) => left.Equals(right);

    public static bool operator !=(ParameterCount left, ParameterCount right) => !left.Equals(right);

    public static bool operator <(ParameterCount left, ParameterCount right) => left.CompareTo(right) < 0;

    public static bool operator >(ParameterCount left, ParameterCount right) => left.CompareTo(right) > 0;

    public static bool operator <=(ParameterCount left, ParameterCount right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ParameterCount left, ParameterCount right) => left.CompareTo(right) >= 0;
#pragma warning restore CS1591
}
