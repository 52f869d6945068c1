// Served with the application: no CDN, the platform works without internet.
window.ui = SwaggerUIBundle({
    url: "/openapi",
    dom_id: "#swagger-ui",
    deepLinking: true,
    withCredentials: true
});
