namespace Zhengwu.Infrastructure.PowerList;

/// <summary>
/// One character bigram of an item's searchable text with the summed weight of the fields it occurs in.
/// A bigram index serves one- and two-character Chinese queries alike on SQLite and PostgreSQL.
/// </summary>
public sealed class PowerItemSearchTerm
{
    public PowerItemSearchTerm(int powerItemId, string gram, int weight)
    {
        PowerItemId = powerItemId;
        Gram = gram;
        Weight = weight;
    }

    public int PowerItemId { get; private set; }

    public string Gram { get; private set; }

    public int Weight { get; private set; }
}
