using FabricSim.Estimate.Queueing;

namespace FabricSim.Estimate.Flows;

/// <summary>
/// An element's aggregate arrivals and what its queue or policer does with them. Arrivals come as jobs: a packet, or a
/// request/response message whose segments reach the queue together (a batch); <see cref="Service"/> is the work a
/// job brings, so the queue's workload is an M/G/1's at <see cref="JobsPerNs"/> (compound Poisson in packets).
/// </summary>
internal sealed record ElementLoad(double PacketsPerNs, double JobsPerNs, ServiceTime Service, ElementQueue Queue)
{
    public double Rho => JobsPerNs * Service.Mean;
}
