import nodemailer from 'nodemailer';
import type { EmailTransport } from './transport.ts';

export function createSmtpTransport(smtpUrl: string, from: string): EmailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    name: 'smtp',
    async send(_tx, email) {
      await transporter.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        headers: { 'X-Kaidian-Message': email.messageKey },
      });
    },
    async close() {
      transporter.close();
    },
  };
}
