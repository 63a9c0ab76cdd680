using FabricSim.Engine.Events;
using FabricSim.Engine.Statistics;
using FabricSim.Network.Metrics;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Traffic;

/// <summary>
/// A client sends requests on one flow (their Poisson source sends each as a message through
/// <see cref="RequestMessages"/>); the server answers each request whose every segment arrived with a response message
/// of a fixed size on a second flow; the client records the response time, from the request's creation to the arrival
/// of the response's last segment. Both messages are cut into <see cref="MessageSegments"/> of at most the path MTU,
/// and one lost segment loses its message: with independent loss p per packet, a k-segment message is lost with
/// probability 1 − (1 − p)^k. State per side is constant (<see cref="MessageAssembly"/>), so nothing is allocated
/// per message.
/// </summary>
internal sealed class RequestResponseApplication : IEndpointApplication
{
    private readonly Simulator _simulator;
    private readonly MessageAssembly _requests;
    private readonly MessageAssembly _responses;
    private long _measureFrom;

    public RequestResponseApplication(string name, Simulator simulator, MessageSender requests, FlowSink requestSink,
        MessageSender responses, FlowSink responseSink)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        _simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
        RequestMessages = requests ?? throw new ArgumentNullException(nameof(requests));
        ResponseMessages = responses ?? throw new ArgumentNullException(nameof(responses));
        _requests = new MessageAssembly(requests.Segments);
        _responses = new MessageAssembly(responses.Segments);
        Server = new Responder(this, requestSink ?? throw new ArgumentNullException(nameof(requestSink)));
        Client = new ResponseTimer(this, responseSink ?? throw new ArgumentNullException(nameof(responseSink)));
    }

    public string Name { get; }
    public MessageSender RequestMessages { get; }
    public MessageSender ResponseMessages { get; }
    public TrafficFlow Requests => RequestMessages.Flow;
    public TrafficFlow Responses => ResponseMessages.Flow;
    public long ResponseBytes => ResponseMessages.MessageBytes;

    /// <summary>Response times (request created → last response segment received) in nanoseconds, for requests made after warm-up.</summary>
    public LatencyHistogram ResponseTime { get; } = new();
    public RunningStatistics ResponseTimeNanoseconds { get; } = new();

    /// <summary>Register at the server node for the request flow.</summary>
    public IPacketReceiver Server { get; }

    /// <summary>Register at the client node for the response flow.</summary>
    public IPacketReceiver Client { get; }

    /// <summary>Nothing to start: the request flow's source drives the exchange.</summary>
    public void Activate()
    {
    }

    public void ResetStatistics()
    {
        _measureFrom = _simulator.Now.Nanoseconds;
        ResponseTime.Reset();
        ResponseTimeNanoseconds.Reset();
        RequestMessages.ResetMeasurement();
        ResponseMessages.ResetMeasurement();
        _requests.Reset(RequestMessages.FirstMeasured);
        _responses.Reset(ResponseMessages.FirstMeasured);
    }

    /// <summary>Messages of the request flow sent, completed and lost in the measured window.</summary>
    /// <param name="packetsInFlight">The flow's packets of the window neither delivered nor dropped yet.</param>
    public MessageCounts RequestCounts(long packetsInFlight) => Counts(RequestMessages, _requests, packetsInFlight);

    /// <inheritdoc cref="RequestCounts"/>
    public MessageCounts ResponseCounts(long packetsInFlight) => Counts(ResponseMessages, _responses, packetsInFlight);

    /// <summary>
    /// Messages after the last one decided are still on their way while any of the flow's packets are; once none is,
    /// every one of them has lost a segment.
    /// </summary>
    private static MessageCounts Counts(MessageSender sender, MessageAssembly assembly, long packetsInFlight)
    {
        long undecided = sender.MessagesSentMeasured - assembly.Completed - assembly.Lost;
        long lost = assembly.Lost + (packetsInFlight == 0 ? Math.Max(0, undecided) : 0);
        return new MessageCounts(sender.MessagesSentMeasured, assembly.Completed, lost);
    }

    private sealed class Responder(RequestResponseApplication app, FlowSink requestSink) : IPacketReceiver
    {
        public void Receive(Packet request)
        {
            long requestedAt = request.Acknowledgement;
            bool complete = app._requests.Accept(request.Sequence);
            requestSink.Receive(request);
            if (complete)
            {
                app.ResponseMessages.Send(app._simulator.Now, requestedAt);
            }
        }
    }

    private sealed class ResponseTimer(RequestResponseApplication app, FlowSink responseSink) : IPacketReceiver
    {
        public void Receive(Packet response)
        {
            long requestedAt = response.Acknowledgement;
            if (app._responses.Accept(response.Sequence) && requestedAt >= app._measureFrom)
            {
                long elapsed = app._simulator.Now.Nanoseconds - requestedAt;
                app.ResponseTime.Record(elapsed);
                app.ResponseTimeNanoseconds.Add(elapsed);
            }
            responseSink.Receive(response);
        }
    }
}
