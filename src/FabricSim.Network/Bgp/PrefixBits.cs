using System.Numerics;

namespace FabricSim.Network.Bgp;

/// <summary>
/// A set of a router's prefixes by their dense numbers (<see cref="PrefixRoutes.Index"/>): one bit each, so a session
/// remembers what it advertised and what waits to go out in a few bytes per prefix of the table, not a hash entry
/// per route.
/// </summary>
internal sealed class PrefixBits
{
    private ulong[] _words = [];

    public int Count { get; private set; }

    public bool Contains(int index)
    {
        int word = index >> 6;
        return word < _words.Length && (_words[word] & (1UL << index)) != 0;
    }

    /// <summary>Adds <paramref name="index"/>; false when it was there already.</summary>
    public bool Add(int index)
    {
        int word = index >> 6;
        if (word >= _words.Length)
        {
            Array.Resize(ref _words, Math.Max(word + 1, 2 * _words.Length));
        }
        ulong bit = 1UL << index;
        if ((_words[word] & bit) != 0)
        {
            return false;
        }
        _words[word] |= bit;
        Count++;
        return true;
    }

    /// <summary>Removes <paramref name="index"/>; false when it was not there.</summary>
    public bool Remove(int index)
    {
        if (!Contains(index))
        {
            return false;
        }
        _words[index >> 6] &= ~(1UL << index);
        Count--;
        return true;
    }

    public void Clear()
    {
        if (Count > 0)
        {
            Array.Clear(_words);
            Count = 0;
        }
    }

    /// <summary>Appends the members to <paramref name="into"/>, in increasing order.</summary>
    public void CopyTo(List<int> into)
    {
        for (int word = 0; word < _words.Length; word++)
        {
            for (ulong bits = _words[word]; bits != 0; bits &= bits - 1)
            {
                into.Add((word << 6) + BitOperations.TrailingZeroCount(bits));
            }
        }
    }
}
