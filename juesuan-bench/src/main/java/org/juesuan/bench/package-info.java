/** JMH benchmarks (性能基准). */
package org.juesuan.bench;
