/**
 * Where images uploaded through the CMS live: the folder in the repository
 * (Decap's `media_folder`) and the address the site serves them from
 * (`public_folder`). Read by the CMS configuration and the build's image check.
 */
export const uploadsFolder = 'public/uploads';
export const uploadsAddress = '/uploads';
