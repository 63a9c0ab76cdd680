namespace FabricSim.Network.Packets;

/// <summary>
/// Recycles <see cref="Packet"/> objects so a simulation in steady state allocates none. Returning a packet twice
/// is a modelling bug that would silently alias two packets, so it throws.
/// </summary>
internal sealed class PacketPool
{
    private Packet[] _free;
    private int _freeCount;
    private long _nextId = 1;

    public PacketPool(int initialCapacity = 1024)
    {
        _free = new Packet[Math.Max(16, initialCapacity)];
    }

    /// <summary>Packets rented and not yet returned.</summary>
    public long Outstanding { get; private set; }

    /// <summary>Packet objects ever created; stops growing once the pool covers the peak in flight.</summary>
    public long Created { get; private set; }

    public Packet Rent()
    {
        Packet packet;
        if (_freeCount > 0)
        {
            packet = _free[--_freeCount];
            _free[_freeCount] = null!;
            packet.IsPooled = false;
        }
        else
        {
            packet = new Packet();
            Created++;
        }
        packet.Id = _nextId++;
        Outstanding++;
        return packet;
    }

    public void Return(Packet packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        if (packet.IsPooled)
        {
            throw new InvalidOperationException($"Packet {packet.Id} of flow {packet.FlowId} was returned to the pool twice.");
        }
        packet.Clear();
        packet.IsPooled = true;
        if (_freeCount == _free.Length)
        {
            Array.Resize(ref _free, _free.Length * 2);
        }
        _free[_freeCount++] = packet;
        Outstanding--;
    }
}
