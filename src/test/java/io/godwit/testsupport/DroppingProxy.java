package io.godwit.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy in front of a real server that cuts every connection once the client has sent more
 * than a given number of bytes: a server going away in the middle of a conversation.
 */
public final class DroppingProxy implements AutoCloseable {

  private final ServerSocket server;
  private final String targetHost;
  private final int targetPort;
  private final long clientBytesBeforeDrop;
  private final List<Socket> sockets = new ArrayList<>();
  private volatile boolean closed;

  public DroppingProxy(String targetHost, int targetPort, long clientBytesBeforeDrop)
      throws IOException {
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.clientBytesBeforeDrop = clientBytesBeforeDrop;
    Thread acceptor = new Thread(this::acceptLoop, "dropping-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket(targetHost, targetPort);
        synchronized (sockets) {
          sockets.add(client);
          sockets.add(upstream);
        }
        AtomicLong sent = new AtomicLong();
        pump(client, upstream, sent, true);
        pump(upstream, client, sent, false);
      } catch (IOException e) {
        return;
      }
    }
  }

  private void pump(Socket from, Socket to, AtomicLong clientBytes, boolean fromClient) {
    Thread t =
        new Thread(
            () -> {
              byte[] buf = new byte[8192];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                  if (fromClient && clientBytes.addAndGet(n) > clientBytesBeforeDrop) {
                    break;
                  }
                  out.write(buf, 0, n);
                  out.flush();
                }
              } catch (IOException ignored) {
                // the other direction closed the sockets
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "dropping-proxy-pump");
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    synchronized (sockets) {
      sockets.forEach(DroppingProxy::closeQuietly);
    }
  }
}
