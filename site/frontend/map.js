// The results', or an organisation's, places on a map: an enhancement shown only
// when a tile server is set and JavaScript runs. The list on the page has
// everything the map shows (docs/map.md). Leaflet (window.L) is loaded before this.
const container = document.getElementById("site-map");
const places = JSON.parse(document.getElementById("site-map-places").textContent);

container.closest(".site-map").hidden = false;
const map = L.map(container, { scrollWheelZoom: false });
map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
L.tileLayer(container.dataset.tiles, {
  attribution: container.dataset.attribution,
  maxZoom: 18,
}).addTo(map);

for (const place of places) {
  // Leaflet's markers are focusable buttons; their alt text names the place.
  const marker = L.marker([place.latitude, place.longitude], {
    title: place.name,
    alt: place.name,
    keyboard: true,
  }).addTo(map);
  const popup = document.createElement("div");
  popup.lang = document.documentElement.lang;
  popup.dir = "auto";
  const heading = document.createElement("p");
  heading.className = "govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1";
  heading.textContent = place.name;
  const list = document.createElement("ul");
  list.className = "govuk-list govuk-!-margin-bottom-0";
  for (const activity of place.activities) {
    const link = document.createElement("a");
    link.className = "govuk-link";
    link.href = activity.url;
    link.textContent = activity.title;
    const item = document.createElement("li");
    item.append(link);
    list.append(item);
  }
  popup.append(heading, list);
  marker.bindPopup(popup);
}
map.fitBounds(
  places.map((place) => [place.latitude, place.longitude]),
  { padding: [24, 24], maxZoom: 15 },
);
