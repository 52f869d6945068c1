package navaa.platform.boundary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClientAddressTest {

    @Test
    void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
        assertEquals("203.0.113.9", new ClientAddress("").of("203.0.113.9", "198.51.100.1"));
    }

    @Test
    void aTrustedProxysForwardedAddressIsBelieved() {
        assertEquals("198.51.100.1", new ClientAddress("127.0.0.1").of("127.0.0.1", "198.51.100.1"));
    }

    @Test
    void theNearestUntrustedHopWinsSoClientsCannotPrependAnAddress() {
        ClientAddress address = new ClientAddress("127.0.0.1, 10.0.0.5");
        assertEquals("198.51.100.7", address.of("127.0.0.1", "1.2.3.4, 198.51.100.7, 10.0.0.5"));
    }

    @Test
    void anUntrustedPeerCannotForgeItsAddress() {
        assertEquals("198.51.100.20", new ClientAddress("127.0.0.1").of("198.51.100.20", "127.0.0.1"));
    }

    @Test
    void onlyProxiesInTheChainFallsBackToThePeer() {
        assertEquals("127.0.0.1", new ClientAddress("127.0.0.1").of("127.0.0.1", "127.0.0.1, "));
    }
}
