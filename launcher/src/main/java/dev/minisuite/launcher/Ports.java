package dev.minisuite.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks before start-up that every port is free, so a clash gives one clear line instead of a failed service. */
final class Ports {

    private Ports() {
    }

    static void requireFree(int port, String user, String setting) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        }
        catch (IOException ex) {
            throw new LauncherException("Port " + port + " for " + user + " is already in use; set " + setting
                    + " to a free port.");
        }
    }
}
