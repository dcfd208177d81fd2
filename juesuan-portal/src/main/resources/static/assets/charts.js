/*
 * The site's interactive charts (交互图表). Every element `.chart[data-chart]` carries its data as JSON (see
 * ChartJson): the caption, the kind (bar, line, pie), the unit and each series' values as decimal strings. This script
 * draws each with Apache ECharts, served by the site itself; the static drawing in the element (an SVG, for readers
 * without scripts) is hidden once the chart is drawn, and the element gets data-rendered="true".
 */
(function () {
  'use strict';

  // tooltips are HTML: every text taken from the data is escaped there (axis labels and legends are drawn as text)
  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  // the value as the page states it, not as a binary floating-point number prints
  function exact(data, seriesIndex, dataIndex) {
    return esc(data.series[seriesIndex].values[dataIndex]);
  }

  function option(data) {
    var unit = esc(data.unit);
    if (data.kind === 'pie') {
      var only = data.series[0];
      return {
        tooltip: {
          trigger: 'item',
          formatter: function (p) {
            return esc(p.name) + '：' + exact(data, 0, p.dataIndex) + ' ' + unit + '（' + p.percent + '%）';
          }
        },
        legend: { bottom: 0, type: 'scroll' },
        series: [{
          name: only.name,
          type: 'pie',
          radius: ['30%', '62%'],
          label: { formatter: '{b}\n{d}%' },
          data: data.categories.map(function (name, i) {
            return { name: name, value: Number(only.values[i]) };
          })
        }]
      };
    }
    return {
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          var lines = [esc(items[0].axisValueLabel)];
          items.forEach(function (p) {
            lines.push(p.marker + esc(p.seriesName) + '：' + exact(data, p.seriesIndex, p.dataIndex) + ' ' + unit);
          });
          return lines.join('<br>');
        }
      },
      legend: { bottom: 0, type: 'scroll' },
      grid: { left: 16, right: 16, top: 40, bottom: 48, containLabel: true },
      xAxis: { type: 'category', data: data.categories, axisLabel: { interval: 0, hideOverlap: true } },
      yAxis: { type: 'value', name: '单位：' + data.unit },
      series: data.series.map(function (s) {
        return {
          name: s.name,
          type: data.kind === 'line' ? 'line' : 'bar',
          data: s.values.map(Number),
          barMaxWidth: 48
        };
      })
    };
  }

  function draw(element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    var canvas = document.createElement('div');
    canvas.className = 'chart-canvas';
    element.insertBefore(canvas, element.firstChild);
    var chart = echarts.init(canvas, null, { locale: 'ZH' });
    chart.on('finished', function () {
      element.setAttribute('data-rendered', 'true');
    });
    chart.setOption(option(data));
    element.classList.add('chart-live');
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function start() {
    if (typeof echarts === 'undefined') {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('.chart[data-chart]'), function (element) {
      try {
        draw(element);
      } catch (e) {
        // the static drawing stays
        if (window.console) { window.console.error(e); }
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
