using FabricSim.Engine.Events;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Topology;

/// <summary>
/// The packets one direction of a link has sent and not yet delivered, after the one whose arrival is in the event
/// list, in order of arrival with the event places reserved for them. A link delivers in the order it sends, so it
/// needs only its next arrival in the event list: on a large fabric that keeps tens of thousands of packets out of
/// the event list, whose cost per event grows with its size. A growable ring; a mutable struct kept in its
/// interface's own fields: use it only in place, never through a copy.
/// </summary>
internal struct PacketsInFlight
{
    private Entry[] _ring;
    private int _head;

    public PacketsInFlight()
    {
        _ring = new Entry[16];
    }

    public int Count { get; private set; }

    public void Add(long arrival, EventReservation place, Packet packet)
    {
        if (Count == _ring.Length)
        {
            Grow();
        }
        _ring[(_head + Count) & (_ring.Length - 1)] = new Entry(arrival, place, packet);
        Count++;
    }

    /// <summary>Removes the earliest; the caller checks <see cref="Count"/> first.</summary>
    public (long Arrival, EventReservation Place, Packet Packet) RemoveFirst()
    {
        ref Entry first = ref _ring[_head];
        var taken = (first.Arrival, first.Place, first.Packet!);
        first.Packet = null;
        _head = (_head + 1) & (_ring.Length - 1);
        Count--;
        return taken;
    }

    private void Grow()
    {
        var larger = new Entry[_ring.Length * 2];
        for (int i = 0; i < Count; i++)
        {
            larger[i] = _ring[(_head + i) & (_ring.Length - 1)];
        }
        _ring = larger;
        _head = 0;
    }

    private struct Entry(long arrival, EventReservation place, Packet packet)
    {
        public long Arrival = arrival;
        public EventReservation Place = place;
        public Packet? Packet = packet;
    }
}
