using System;
using System.ComponentModel;

namespace ModelCatalog.Metadata;

/// <summary>A record with an id of an id enum: what a <see cref="RecordTable{TId, TRecord}"/> keys its records by.</summary>
/// <typeparam name="TId">The id enum.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IIdentified<TId>
    where TId : struct, Enum
{
    /// <summary>The record's id.</summary>
    TId Id { get; }
}
