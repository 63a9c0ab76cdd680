using System.Text;

namespace FabricSim.Engine.Random;

/// <summary>
/// Hands out one independent <see cref="RandomStream"/> per component name for a (seed, replication) pair.
/// Each stream's seed depends only on (seed, replication, name), so adding a traffic source never shifts the
/// samples of another, and replications can run on any thread in any order with identical results.
/// </summary>
public sealed class RandomStreams
{
    private readonly Dictionary<string, RandomStream> _streams = new(StringComparer.Ordinal);

    public RandomStreams(ulong seed, int replication)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replication);
        Seed = seed;
        Replication = replication;
    }

    public ulong Seed { get; }
    public int Replication { get; }

    /// <summary>The stream named <paramref name="name"/>; asking twice returns the same stream.</summary>
    public RandomStream Get(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!_streams.TryGetValue(name, out var stream))
        {
            stream = new RandomStream(DeriveSeed(Seed, Replication, name)) { Name = name };
            _streams.Add(name, stream);
        }
        return stream;
    }

    /// <summary>The seed of a named stream: SplitMix64 over the seed, the replication and FNV-1a of the UTF-8 name.</summary>
    public static ulong DeriveSeed(ulong seed, int replication, string name)
    {
        ulong hash = 0xCBF29CE484222325UL;
        foreach (byte b in Encoding.UTF8.GetBytes(name))
        {
            hash = (hash ^ b) * 0x100000001B3UL;
        }
        ulong mixed = SplitMix64.Mix(seed ^ 0x6A09E667F3BCC909UL);
        mixed = SplitMix64.Mix(mixed ^ (ulong)replication * 0x9E3779B97F4A7C15UL);
        return SplitMix64.Mix(mixed ^ hash);
    }
}
