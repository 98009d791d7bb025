package org.sujets.cluster;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.server.MiniYARNCluster;

/**
 * A real HDFS (MiniDFSCluster: one NameNode, one DataNode) and a real YARN (MiniYARNCluster: one
 * ResourceManager, N NodeManagers) in this JVM, on localhost, for {@code .ci/yarn-hdfs-test.sh}.
 * Not a unit test: started with {@code java -cp} from the test classpath.
 *
 * <p>Usage: {@code MiniHadoopClusters CONF_DIR [NODE_MANAGERS [NM_MEMORY_MB]]}. The clusters keep
 * their data and container logs under the working directory ({@code hdfs/} and
 * {@code target/sujets-yarn/}). When both are up, {@code CONF_DIR} gets {@code core-site.xml},
 * {@code hdfs-site.xml} and {@code yarn-site.xml} for clients (a {@code HADOOP_CONF_DIR}), then a
 * {@code ready} file holding {@code fs.defaultFS} and the ResourceManager address. Runs until
 * killed (SIGTERM ends the JVM at once; the caller stops the YARN containers, its descendants).
 */
public final class MiniHadoopClusters {
  private MiniHadoopClusters() {}

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Throwable e) {   // HDFS's threads would keep the JVM alive: exit, so the caller sees it
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(String[] args) throws Exception {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: MiniHadoopClusters CONF_DIR [NODE_MANAGERS [NM_MEMORY_MB]]");
      System.exit(2);
    }
    Path confDir = Path.of(args[0]).toAbsolutePath();
    int nodeManagers = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    int nmMemoryMb = args.length > 2 ? Integer.parseInt(args[2]) : 4096;
    Files.createDirectories(confDir);

    Configuration hdfsConf = new Configuration();
    hdfsConf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, new File("hdfs").getAbsolutePath());
    hdfsConf.setInt("dfs.replication", 1);
    MiniDFSCluster dfs = new MiniDFSCluster.Builder(hdfsConf).numDataNodes(1).format(true).build();
    dfs.waitActive();
    String defaultFs = dfs.getFileSystem().getUri().toString();   // hdfs://localhost:<port>

    YarnConfiguration yarnConf = new YarnConfiguration(dfs.getConfiguration(0));
    yarnConf.set("fs.defaultFS", defaultFs);
    yarnConf.set(YarnConfiguration.RM_HOSTNAME, "localhost");
    // Containers are ordinary JVMs on this small machine: no physical/virtual memory policing
    // (a JVM's virtual size is far above its heap), a disk that is nearly full is still usable.
    yarnConf.setBoolean(YarnConfiguration.NM_PMEM_CHECK_ENABLED, false);
    yarnConf.setBoolean(YarnConfiguration.NM_VMEM_CHECK_ENABLED, false);
    yarnConf.set("yarn.nodemanager.disk-health-checker.max-disk-utilization-per-disk-percentage", "100.0");
    // What each NodeManager offers (MiniYARNCluster reads its own key for the memory), and small
    // allocation steps so that 512 MiB executors + 384 MiB overhead are not rounded up to 2 GiB.
    yarnConf.setInt(YarnConfiguration.YARN_MINICLUSTER_NM_PMEM_MB, nmMemoryMb);
    yarnConf.setInt(YarnConfiguration.NM_PMEM_MB, nmMemoryMb);
    yarnConf.setInt(YarnConfiguration.NM_VCORES, 4);
    yarnConf.setInt(YarnConfiguration.RM_SCHEDULER_MINIMUM_ALLOCATION_MB, 128);
    yarnConf.setInt(YarnConfiguration.RM_SCHEDULER_MAXIMUM_ALLOCATION_MB, nmMemoryMb);
    // capacity-scheduler.xml is not in hadoop-client-minicluster: one queue, as Spark's YARN tests do.
    yarnConf.set("yarn.scheduler.capacity.root.queues", "default");
    yarnConf.setInt("yarn.scheduler.capacity.root.default.capacity", 100);
    yarnConf.setFloat("yarn.scheduler.capacity.root.default.user-limit-factor", 1);
    yarnConf.setInt("yarn.scheduler.capacity.root.default.maximum-capacity", 100);
    yarnConf.set("yarn.scheduler.capacity.root.default.state", "RUNNING");
    yarnConf.set("yarn.scheduler.capacity.root.default.acl_submit_applications", "*");
    yarnConf.set("yarn.scheduler.capacity.root.default.acl_administer_queue", "*");
    yarnConf.setInt("yarn.scheduler.capacity.node-locality-delay", -1);
    // The AM may ask for more than a tenth of the cluster (the default 0.1 would allow one 400 MiB AM).
    yarnConf.setFloat("yarn.scheduler.capacity.maximum-am-resource-percent", 0.5f);
    // Keep finished containers' logs and launch scripts for a while (they are the test's evidence).
    yarnConf.setInt(YarnConfiguration.DEBUG_NM_DELETE_DELAY_SEC, 600);
    // The RM keeps node attributes in a file store under the default file system (HDFS here): keep it local.
    yarnConf.set("yarn.node-attribute.fs-store.root-dir", new File("yarn-node-attributes").toURI().toString());

    MiniYARNCluster yarn = new MiniYARNCluster("sujets-yarn", nodeManagers, 1, 1);
    yarn.init(yarnConf);
    yarn.start();
    Configuration running = yarn.getConfig();
    long deadline = System.nanoTime() + 30_000_000_000L;   // start() can return before the RM port is set
    while (running.get(YarnConfiguration.RM_ADDRESS).endsWith(":0")) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the ResourceManager did not get a port within 30 s");
      }
      Thread.sleep(100);
    }

    Configuration core = new Configuration(false);
    core.set("fs.defaultFS", defaultFs);
    write(core, confDir.resolve("core-site.xml"));
    Configuration hdfsSite = new Configuration(false);
    hdfsSite.setInt("dfs.replication", 1);
    write(hdfsSite, confDir.resolve("hdfs-site.xml"));
    // Only what a client needs (where the ResourceManager is): the running configuration also holds
    // the mini clusters' test-only settings (e.g. MiniDFSCluster's StaticMapping topology class).
    Configuration yarnSite = new Configuration(false);
    for (Map.Entry<String, String> e : running) {
      if (e.getKey().startsWith("yarn.resourcemanager.") && e.getKey().endsWith("address")) {
        yarnSite.set(e.getKey(), running.get(e.getKey()));
      }
    }
    write(yarnSite, confDir.resolve("yarn-site.xml"));
    String ready = "fs.defaultFS=" + defaultFs + "\n"
        + "yarn.resourcemanager.address=" + running.get(YarnConfiguration.RM_ADDRESS) + "\n"
        + "yarn.resourcemanager.webapp.address=" + running.get(YarnConfiguration.RM_WEBAPP_ADDRESS) + "\n";
    Path tmp = confDir.resolve("ready.tmp");
    Files.writeString(tmp, ready, StandardCharsets.UTF_8);
    Files.move(tmp, confDir.resolve("ready"), StandardCopyOption.ATOMIC_MOVE);
    System.err.print("MiniHadoopClusters: up\n" + ready);
    // Until killed. No orderly stop on SIGTERM: the NodeManagers' log handlers alone wait 10 s
    // for their threads, and everything here is scratch (the caller kills the containers itself).
    new CountDownLatch(1).await();
  }

  private static void write(Configuration conf, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      conf.writeXml(out);
    }
  }
}
