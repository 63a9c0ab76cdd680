using FabricSim.Network.Internet;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Ipsec;

/// <summary>
/// Tracks inner packets split into fragments before encryption until every fragment's fate is known, so that the
/// packet is delivered only when all fragments arrive and is counted lost exactly once otherwise. The first fragment
/// is the original packet object (its size fields adjusted); the others are pooled packets marked with
/// <see cref="TailMarker"/> that carry the first fragment's packet id in <see cref="Packet.Acknowledgement"/>.
/// Every stage of a tunnel reports drops here (it is their <see cref="IDropSink"/>), which is what makes the fate of
/// each fragment known without reassembly timers.
/// </summary>
internal sealed class FragmentReassembly : IDropSink
{
    /// <summary>Marks the non-first fragments; a shared object, so marking allocates nothing.</summary>
    public static readonly object TailMarker = new();

    private readonly PacketLedger _ledger;
    private readonly PacketPool _pool;
    private readonly Dictionary<long, Pending> _pending = [];

    public FragmentReassembly(PacketLedger ledger, PacketPool pool)
    {
        _ledger = ledger;
        _pool = pool;
    }

    public int PacketsAwaitingFragments => _pending.Count;
    public long PacketsReassembled { get; private set; }
    public long PacketsLostToMissingFragment { get; private set; }

    public static bool IsTail(Packet packet) => ReferenceEquals(packet.Control, TailMarker);

    /// <summary>Registers a packet about to be sent as <paramref name="fragmentCount"/> fragments.</summary>
    public void Expect(Packet head, int fragmentCount) => _pending.Add(head.Id, new Pending { Missing = fragmentCount });

    /// <summary>Whether <paramref name="packet"/> is a fragment still being tracked.</summary>
    public bool IsFragment(Packet packet) => IsTail(packet) || (_pending.Count != 0 && _pending.ContainsKey(packet.Id));

    /// <summary>A fragment reached the tunnel exit; returns the whole inner packet when this completes it, else null.</summary>
    public Packet? Arrived(Packet fragment)
    {
        bool tail = IsTail(fragment);
        long key = tail ? fragment.Acknowledgement : fragment.Id;
        ref Pending entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(_pending, key);
        if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref entry))
        {
            throw new InvalidOperationException($"Fragment of packet {key} arrived but was never registered.");
        }
        entry.Missing--;
        if (tail)
        {
            _pool.Return(fragment);
        }
        else
        {
            entry.Head = fragment;
        }
        return entry.Missing == 0 ? Resolve(key) : null;
    }

    public void Drop(Packet packet, DropReason reason)
    {
        bool tail = IsTail(packet);
        long key = tail ? packet.Acknowledgement : packet.Id;
        ref Pending entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(_pending, key);
        if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref entry))
        {
            _ledger.Drop(packet, reason);
            return;
        }
        entry.Missing--;
        if (!entry.Lost)
        {
            entry.Lost = true;
            entry.Reason = reason;
        }
        if (tail)
        {
            _pool.Return(packet);
        }
        else
        {
            // The inner packet is lost here and now; it is counted once, by this drop.
            entry.HeadCounted = true;
            _ledger.Drop(packet, reason);
        }
        if (entry.Missing == 0)
        {
            Resolve(key);
        }
    }

    private Packet? Resolve(long key)
    {
        _pending.Remove(key, out Pending entry);
        if (!entry.Lost)
        {
            PacketsReassembled++;
            return entry.Head;
        }
        PacketsLostToMissingFragment++;
        if (!entry.HeadCounted && entry.Head is { } head)
        {
            _ledger.Drop(head, entry.Reason);
        }
        return null;
    }

    private struct Pending
    {
        public Packet? Head;
        public int Missing;
        public bool Lost;
        public bool HeadCounted;
        public DropReason Reason;
    }
}
