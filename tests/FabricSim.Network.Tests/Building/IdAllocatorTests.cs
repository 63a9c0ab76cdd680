using FabricSim.Network.Topology;

namespace FabricSim.Network.Tests.Building;

/// <summary>Every kind of id comes from one allocator, in ranges that cannot meet.</summary>
public sealed class IdAllocatorTests
{
    [Fact]
    public void Vxc_tunnel_and_overlay_ids_lie_in_disjoint_ranges_and_zero_means_no_circuit()
    {
        var ids = new IdAllocator();

        int vxc = ids.NextVxc();
        int tunnels = ids.NextTunnels(4);
        int overlay = ids.NextOverlay();

        Assert.Equal(1, vxc);
        Assert.Equal(IdAllocator.FirstTunnelId, tunnels);
        Assert.Equal(IdAllocator.FirstTunnelId + 4, ids.NextTunnels(1));
        Assert.Equal(IdAllocator.FirstOverlayId, overlay);
    }

    [Fact]
    public void A_range_that_would_run_into_the_next_is_refused()
    {
        var ids = new IdAllocator();
        ids.NextTunnels(IdAllocator.FirstOverlayId - IdAllocator.FirstTunnelId - 1);

        Assert.Throws<InvalidOperationException>(() => ids.NextTunnels(2));
    }

    [Fact]
    public void Flows_are_numbered_densely_in_the_order_they_are_made()
    {
        var ids = new IdAllocator();

        Assert.Equal([0, 1, 2], new[] { ids.NextFlow(), ids.NextFlow(), ids.NextFlow() });
        Assert.Equal(3, ids.Flows);
    }
}
